#!/usr/bin/env bash
# Intake and look-ups on PostgreSQL, measured from outside the server, with PostgreSQL's own limit in
# the same run (pgbench: one insert a transaction, 16 clients).
#   PGPORT=5544 scripts/bench/intake-postgres.sh [extra Aduan settings...]
# Needs a PostgreSQL server on localhost:$PGPORT that user postgres reaches without a password.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="${JAR:-$root/target/aduan.jar}"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -DskipTests package)
port=18081
pg="psql -h localhost -p ${PGPORT:-5432} -U postgres -qAt"
work=$(mktemp -d)

$pg -c "drop database if exists pgbench_insert" -c "create database pgbench_insert"
$pg -d pgbench_insert -c "create table bench (id bigserial primary key, title text, at timestamptz)"
echo "insert into bench (title, at) values ('Bantuan belum diterima', now());" > "$work/insert.sql"
echo -n "pgbench, one insert a transaction, 16 clients, 20 s: "
pgbench -h localhost -p "${PGPORT:-5432}" -U postgres -n -c 16 -j 2 -T 20 -f "$work/insert.sql" pgbench_insert \
  | awk '/^tps/ {printf "%.0f inserts/s\n", $3}'

$pg -c "drop database if exists aduan_bench" -c "create database aduan_bench"
java -XX:+UseParallelGC -Xmx512m -jar "$jar" --spring.profiles.active=postgres \
  --spring.datasource.url="jdbc:postgresql://localhost:${PGPORT:-5432}/aduan_bench" \
  --spring.datasource.username=postgres --server.port=$port --server.address=127.0.0.1 \
  --aduan.accounts.first-run=false --aduan.rate-limit.enabled=false --logging.level.root=WARN "$@" \
  > "$work/aduan.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done
url="http://127.0.0.1:$port"
echo -n "warm-up 20 s: "; wrk -t2 -c16 -d20s -s "$root/scripts/bench/intake-post.lua" "$url" | tail -1
echo -n "intake 30 s:  "; wrk -t2 -c16 -d30s -s "$root/scripts/bench/intake-post.lua" "$url" | tail -1
$pg -d aduan_bench -c "select tracking_code from complaint order by random() limit 5000" > "$work/codes"
echo -n "look-ups warm-up 10 s: "; CODES="$work/codes" wrk -t2 -c16 -d10s -s "$root/scripts/bench/tracking-get.lua" "$url" | tail -1
echo -n "look-ups 30 s:         "; CODES="$work/codes" wrk -t2 -c16 -d30s -s "$root/scripts/bench/tracking-get.lua" "$url" | tail -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
