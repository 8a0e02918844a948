#!/usr/bin/env bash
# Benchmark of the supervision reports at a city's scale, through the REST API, beside the same
# aggregates written by hand in SQL.
#   bench/reports.sh [CASES] [FIRMS]      (defaults: 1000000 100000)
#   BENCH_REPEATS: timed calls per item after the warm-up (default 30)
# Starts a throw-away PostgreSQL and the portal on Payara Micro (demo accounts and units), then
# bulk-loads by SQL (loading is not what is measured; its time is printed): CASES cases received
# over the two years up to the bench's "now", with mixes of channel, category, district, lead
# unit and status, deadlines and times consistent with the status, ratings, reopenings, and the
# timeline events the ranking reads (sign-for, returns, supervision actions); FIRMS firms with
# officers and assignments (bench/lib/firms.sh, as bench/firms.sh), two years of visits, the
# cases they raised, policies and their pushes. VACUUM ANALYZE follows. Then
# bench/ReportBench.java times, for the year up to "now", each dashboard figure through the API
# beside its hand-written SQL aggregate over JDBC, the whole dashboard, the ranking and the
# coverage, with p50/p99. Texts come from ../shared/corpus. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cases=${1:-1000000}
firms=${2:-100000}
corpus=$root/../shared/corpus
[ -f "$corpus/messages-with-votes.csv" ] || { echo "bench: the corpus is missing at $corpus" >&2; exit 1; }

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/firms.sh
. "$root/bench/lib/firms.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"

work=$(mktemp -d /tmp/portal-report-bench.XXXXXX)
jdbc=$(maven_jar postgresql.version org.postgresql:postgresql "$work/lib")
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
start_throwaway_postgres -c shared_buffers=1GB -c synchronous_commit=off -c maintenance_work_mem=1GB -c jit=off \
  -c max_wal_size=8GB -c checkpoint_timeout=30min -c work_mem=32MB
export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
psql_portal() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal "$@"; }
seconds_since() { echo "$(( $(date +%s) - $1 ))"; }

start_portal 2g
java -Xmx1g bench/FirmBench.java generate "$work/csv" "$firms" 750 > /dev/null
java -Xmx1g bench/CaseBench.java texts "$corpus" > "$work/texts.csv"
wait_for_portal
echo "portal on PostgreSQL, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $cases cases, $firms firms"

# The bench's "now" (Beijing time, whole seconds): the cases end there and every report is asked
# "as of" it, so the API and the hand-written SQL judge "overdue" against the same moment.
now=$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M:%S')

start=$(date +%s)
load_firms "$work/csv"
echo "loaded $firms firms, 750 officers, their tags and assignments by COPY in $(seconds_since "$start") s"

start=$(date +%s)
psql_portal -v now="$now" -v cases="$cases" -f "$root/bench/reports-data.sql" < "$work/texts.csv"
echo "generated $cases cases, their events, visits and pushes by SQL in $(seconds_since "$start") s"
start=$(date +%s)
psql_portal -c "VACUUM ANALYZE"
echo "VACUUM ANALYZE in $(seconds_since "$start") s"
psql_portal -c "SELECT (SELECT count(*) FROM case_file) AS cases, (SELECT count(*) FROM case_event) AS events,
    (SELECT count(*) FROM firm) AS firms, (SELECT count(*) FROM visit) AS visits,
    (SELECT count(*) FROM delivery) AS pushes, pg_size_pretty(pg_table_size('case_file')) AS case_table,
    pg_size_pretty(pg_indexes_size('case_file')) AS case_indexes"
psql_portal -c "SELECT status, count(*) FROM case_file GROUP BY status ORDER BY 2 DESC"

java -Xmx1g -Dbench.repeats="${BENCH_REPEATS:-30}" -cp "$jdbc" bench/ReportBench.java measure \
  "http://localhost:$port/portal/" "$PG_URL" "$now" || { [ -n "${BENCH_HOLD:-}" ] || exit 1; }
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${BENCH_HOLD:-}" ]; then
  # For investigation: keeps the database and the portal up until this script is stopped.
  echo "holding: log $work/micro.log; psql -h 127.0.0.1 -p $PG_PORT -U portal portal; portal http://localhost:$port/portal/ (pid $server)"
  wait "$server" || true
fi
