#!/usr/bin/env bash
# Benchmark of the case search: 1-3 word searches with their hit count through the portal's REST
# API, beside the same queries straight on the portal's Lucene index (bench/SearchBench.java), as the
# ratio to beat; also the index's size and rebuild time.
#   bench/search.sh [CASES] [postgresql|h2]      (defaults: 20000 h2)
#   BENCH_RUNS: timed calls per query (200)
# Starts a throw-away PostgreSQL (or an empty H2 file database) and the portal on Payara Micro,
# records CASES cases through the API (texts from ../shared/corpus, indexing on), rebuilds the index
# once through the administrator's endpoint (timed), then measures. Needs ../shared/corpus; not part
# of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cases=${1:-20000}
database=${2:-h2}
corpus=$root/../shared/corpus
[ -f "$corpus/messages-with-votes.csv" ] || { echo "bench: the corpus is missing at $corpus" >&2; exit 1; }

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"

work=$(mktemp -d /tmp/portal-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
if [ "$database" = postgresql ]; then
  start_throwaway_postgres -c shared_buffers=1GB -c synchronous_commit=off
  export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
fi
start_portal 4g
wait_for_portal
echo "portal on $database, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $cases cases"

# The bench's class path: the product's classes (its query parser) and the Lucene jars it ships.
lib=$work/lib
mkdir -p "$lib"
cp="case-tracking/target/classes"
for artifact in lucene-core lucene-analysis-common lucene-queries lucene-highlighter; do
  cp="$cp:$(maven_jar lucene.version "org.apache.lucene:$artifact" "$lib")"
done

java -Xmx1g -cp "$cp" bench/SearchBench.java load "$base" "$corpus" "$cases"

admin=(-s -u "admin:Demo@2026" -H "Accept: application/json")
started=$(date +%s.%N)
curl "${admin[@]}" -X POST "${base}api/search-index/rebuild" > /dev/null
sleep 1
until curl "${admin[@]}" "${base}api/search-index" | grep -q '"rebuildRequested":false'; do sleep 0.5; done
echo "index rebuilt from the database in $(echo "$(date +%s.%N) - $started" | bc | cut -d. -f1) s:" \
  "$(curl "${admin[@]}" "${base}api/search-index")"
if [ "$database" = postgresql ]; then
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal -c \
    "SELECT pg_size_pretty(pg_table_size('case_file')) AS case_table_with_toast"
else
  echo "H2 database file: $(du -h "$PORTAL_DATA_DIR/portal.mv.db" | cut -f1)"
fi

BENCH_RUNS=${BENCH_RUNS:-200}
java -Xmx1g -Dbench.runs="$BENCH_RUNS" -cp "$cp" bench/SearchBench.java measure "$base" "$PORTAL_DATA_DIR/search-index"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
