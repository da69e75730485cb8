#!/usr/bin/env bash
# Intake on the embedded default, measured from outside: the jar started as a new office starts it
# (no database setting, in an empty directory), then wrk posting complaints over 16 connections.
#   scripts/bench/intake-default.sh [JDBC-URL-OVERRIDE]
# The optional URL replaces the default's (to compare settings side by side on the same machine).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="${JAR:-$root/target/aduan.jar}"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -DskipTests package)
home=$(mktemp -d)
port=18080
extra=()
[ $# -ge 1 ] && extra+=("--spring.datasource.url=$1")
(cd "$home" && exec java -XX:+UseParallelGC -Xmx512m -jar "$jar" --server.port=$port --server.address=127.0.0.1 \
  --aduan.accounts.first-run=false --aduan.rate-limit.enabled=false --logging.level.root=WARN "${extra[@]}" \
  > "$home/aduan.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$home"' EXIT
until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "Aduan stopped before it was ready:"; tail -20 "$home/aduan.log"; exit 1; }
  sleep 0.5
done
echo "warm-up 20 s"; wrk -t2 -c16 -d20s -s "$root/scripts/bench/intake-post.lua" "http://127.0.0.1:$port" | tail -1
echo "measure 30 s"; wrk -t2 -c16 -d30s --latency -s "$root/scripts/bench/intake-post.lua" "http://127.0.0.1:$port" | tail -1
# O_DSYNC is 010000 in the open flags: whether the data file's writes wait for the disk.
for fd in /proc/$pid/fd/*; do
  if [ "$(readlink "$fd")" = "$home/data/aduan.mv.db" ]; then
    echo "data file open flags (octal): $(awk '/flags/ {print $2}' "/proc/$pid/fdinfo/$(basename "$fd")")"
  fi
done
