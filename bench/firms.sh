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
war=portal-web/target/portal.war
micro=portal-web/target/payara-micro.jar
[ -f "$war" ] && [ -f "$micro" ] || mvn -B -q package -DskipTests

work=$(mktemp -d /tmp/portal-firm-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
start_throwaway_postgres -c shared_buffers=512MB -c synchronous_commit=off
export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
psql_portal() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal "$@"; }

port=$(free_local_port 18080 18180)
java -Xmx2g -jar "$micro" --deploy "$war" --contextroot portal --port "$port" --nocluster --nohazelcast \
  --rootdir "$work/payara" --logproperties "$root/portal-web/src/test/payara/logging.properties" > "$work/micro.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; stop_throwaway_postgres; rm -rf "$work"; }
trap cleanup EXIT
java -Xmx1g bench/FirmBench.java generate "$work/csv" "$firms" "$officers"
for _ in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/portal/login.xhtml")" = 200 ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/micro.log" >&2; exit 1; }
  sleep 1
done

start=$(date +%s)
load_firms "$work/csv"
echo "loaded $firms firms, $officers officers, their tags and assignments by COPY in $(( $(date +%s) - start )) s"
echo "portal on PostgreSQL, $(nproc) cores"
java -Xmx512m bench/FirmBench.java measure "http://localhost:$port/portal/"
