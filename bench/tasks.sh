#!/usr/bin/env bash
# Benchmark of the supervision task ledger (issue 17) through the REST API, beside the same queries
# written by hand in SQL.
#   bench/tasks.sh [TASKS] [REPORTS] [IMPORT]      (defaults: 10000 100000 1000)
#   BENCH_REPEATS: timed calls per query after the warm-up (default 100)
# Starts a throw-away PostgreSQL and the portal on Payara Micro (demo units and accounts), loads
# TASKS tasks with three milestones each and REPORTS progress reports by SQL (bench/tasks-data.sql;
# loading is not what is measured), VACUUM ANALYZE, then bench/TaskBench.java times the ledger's
# first page and a filtered count (p50/p99) beside their SQL, the Excel export of the whole ledger,
# and the import of an IMPORT-task action plan. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tasks=${1:-10000}
reports=${2:-100000}
import=${3:-1000}

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"

work=$(mktemp -d /tmp/portal-task-bench.XXXXXX)
jdbc=$(maven_jar postgresql.version org.postgresql:postgresql "$work/lib")
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
start_throwaway_postgres -c shared_buffers=512MB -c synchronous_commit=off -c jit=off
export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
psql_portal() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal "$@"; }

start_portal 2g
wait_for_portal
echo "portal on PostgreSQL, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
psql_portal -v tasks="$tasks" -v reports="$reports" -f "$root/bench/tasks-data.sql"
psql_portal -c "VACUUM ANALYZE"
echo "loaded $tasks tasks and $reports reports by SQL in $(( $(date +%s) - start )) s"
psql_portal -c "SELECT (SELECT count(*) FROM task) AS tasks, (SELECT count(*) FROM task_milestone) AS milestones,
    (SELECT count(*) FROM task_report) AS reports, (SELECT count(*) FROM task_cooperating_unit) AS cooperating"

java -Xmx1g -Dbench.repeats="${BENCH_REPEATS:-100}" -cp "$jdbc" bench/TaskBench.java \
  "http://localhost:$port/portal/" "$PG_URL" "$import"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
