#!/usr/bin/env bash
# Intake and look-ups on PostgreSQL, measured from outside the server, with PostgreSQL's own limit in
# the same run (pgbench: one insert a transaction, 16 clients): first the most complaints a second
# 16 clients get through (wrk, closed loop), then fixed arrival rates (Gatling, open loop, HdrHistogram
# percentiles, in a JVM of its own).
#   PGPORT=5544 INTAKE_RATE=1000 LOOKUP_RATE=3000 JAR=target/aduan.jar scripts/bench/postgres.sh [Aduan settings...]
# Needs a PostgreSQL server on localhost:$PGPORT that user postgres reaches without a password.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="${JAR:-$root/target/aduan.jar}"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -DskipTests package)
port=18081
pgport=${PGPORT:-5432}
pg="psql -h localhost -p $pgport -U postgres -qAt"
work=$(mktemp -d)
gatling() {  # simulation, rate, seconds, extra -D settings
  "$root/mvnw" -q -f "$root/bench/gatling/pom.xml" gatling:test -Dgatling.simulationClass="aduan.bench.$1" \
    -Dbase="http://127.0.0.1:$port" -Drate="$2" -Dseconds="$3" "${@:4}" 2>&1 \
    | awk '/Global Information/ {on=1} on && /request count|mean requests|response time (50|95|99)th|max|KO/ {print "  " $0} /^=+$/ && on && ++n==2 {on=0}'
}

$pg -c "drop database if exists pgbench_insert" -c "create database pgbench_insert"
$pg -d pgbench_insert -c "create table bench (id bigserial primary key, title text, at timestamptz)"
echo "insert into bench (title, at) values ('Bantuan belum diterima', now());" > "$work/insert.sql"
echo -n "pgbench, one insert a transaction, 16 clients, 20 s: "
pgbench -h localhost -p "$pgport" -U postgres -n -c 16 -j 2 -T 20 -f "$work/insert.sql" pgbench_insert \
  | awk '/^tps/ {printf "%.0f inserts/s\n", $3}'

$pg -c "drop database if exists aduan_bench" -c "create database aduan_bench"
java -XX:+UseParallelGC -Xmx512m -jar "$jar" --spring.profiles.active=postgres \
  --spring.datasource.url="jdbc:postgresql://localhost:$pgport/aduan_bench" \
  --spring.datasource.username=postgres --server.port=$port --server.address=127.0.0.1 \
  --aduan.accounts.first-run=false --aduan.rate-limit.enabled=false --logging.level.root=WARN "$@" \
  > "$work/aduan.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "Aduan stopped before it was ready:"; tail -20 "$work/aduan.log"; exit 1; }
  sleep 0.5
done
echo -n "warm-up, wrk, 16 connections, 20 s:       "
wrk -t2 -c16 -d20s -s "$root/scripts/bench/intake-post.lua" "http://127.0.0.1:$port" | tail -1
echo -n "closed loop, wrk, 16 connections, 30 s:   "
wrk -t2 -c16 -d30s -s "$root/scripts/bench/intake-post.lua" "http://127.0.0.1:$port" | tail -1
echo "intake at ${INTAKE_RATE:-1000}/s for 30 s:"
gatling IntakeSimulation "${INTAKE_RATE:-1000}" 30
(echo code; $pg -d aduan_bench -c "select tracking_code from complaint order by random() limit 5000") > "$work/codes.csv"
echo "look-ups at ${LOOKUP_RATE:-3000}/s for 30 s (after 10 s at the same rate to warm up):"
gatling TrackingSimulation "${LOOKUP_RATE:-3000}" 10 -Dcodes="$work/codes.csv" > /dev/null
gatling TrackingSimulation "${LOOKUP_RATE:-3000}" 30 -Dcodes="$work/codes.csv"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
