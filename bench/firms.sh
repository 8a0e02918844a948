#!/usr/bin/env bash
# Benchmark of chief service at a city's scale: policy matching against FIRMS firms and the lists of
# an officer's firms, through the REST API.
#   bench/firms.sh [FIRMS] [OFFICERS]      (defaults: 100000 750)
# Starts a throw-away PostgreSQL and the portal on Payara Micro (demo accounts and units), bulk-loads
# the officers, firms, tags and assignments with COPY (loading is not what is measured), creates
# policies through the API, and prints p50/p95/p99 of each measured call after a warm-up. It is not
# part of the test suite; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
firms=${1:-100000}
officers=${2:-750}

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/firms.sh
. "$root/bench/lib/firms.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"

work=$(mktemp -d /tmp/portal-firm-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
start_throwaway_postgres -c shared_buffers=512MB -c synchronous_commit=off
export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
psql_portal() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal "$@"; }

start_portal 2g
java -Xmx1g bench/FirmBench.java generate "$work/csv" "$firms" "$officers"
wait_for_portal

start=$(date +%s)
load_firms "$work/csv"
echo "loaded $firms firms, $officers officers, their tags and assignments by COPY in $(( $(date +%s) - start )) s"
echo "portal on PostgreSQL, $(nproc) cores"
java -Xmx512m bench/FirmBench.java measure "http://localhost:$port/portal/"
