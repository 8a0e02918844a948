#!/usr/bin/env bash
# Benchmark of case intake, list pages, counts and Chinese search through the REST API.
#   bench/cases.sh [CASES] [postgresql|h2]      (defaults: 100000 postgresql)
# Starts a throw-away PostgreSQL (or an empty H2 file database) and the portal on Payara Micro,
# loads CASES cases built from ../shared/corpus, and prints the figures beside the bare-stack
# figures of RUNTIME-FACTS.md. Needs ../shared/corpus; it is not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cases=${1:-100000}
database=${2:-postgresql}
corpus=$root/../shared/corpus
[ -f "$corpus/messages-with-votes.csv" ] || { echo "bench: the corpus is missing at $corpus" >&2; exit 1; }

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
war=portal-web/target/portal.war
micro=portal-web/target/payara-micro.jar
[ -f "$war" ] && [ -f "$micro" ] || mvn -B -q package -DskipTests

work=$(mktemp -d /tmp/portal-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
if [ "$database" = postgresql ]; then
  start_throwaway_postgres -c shared_buffers=1GB -c synchronous_commit=off
  export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
fi
port=$(free_local_port 18080 18180)
java -Xmx4g -jar "$micro" --deploy "$war" --contextroot portal --port "$port" --nocluster --nohazelcast \
  --rootdir "$work/payara" --logproperties "$root/portal-web/src/test/payara/logging.properties" > "$work/micro.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; stop_throwaway_postgres; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/portal/login.xhtml")" = 200 ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/micro.log" >&2; exit 1; }
  sleep 1
done
echo "portal on $database, $(nproc) cores; loading $cases cases"
java -Xmx1g bench/CaseBench.java "http://localhost:$port/portal/" "$corpus" "$cases"
