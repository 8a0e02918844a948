#!/usr/bin/env bash
# Benchmark of case intake, list pages, counts and Chinese search through the REST API.
#   bench/cases.sh [CASES] [postgresql|h2]      (defaults: 100000 postgresql)
#   BENCH_WARMUP / BENCH_INTAKE: cases recorded for the warm-up / each intake run (2000 / 5000)
#   BENCH_PG_OPTS: extra server options for PostgreSQL (e.g. -c shared_preload_libraries=pg_stat_statements)
#   BENCH_JAVA_OPTS: extra options for the portal's JVM (e.g. -XX:StartFlightRecording=filename=x.jfr)
# Starts a throw-away PostgreSQL (or an empty H2 file database) and the portal on Payara Micro.
# On PostgreSQL the bulk of the CASES cases is preloaded by SQL (COPY), with texts from
# ../shared/corpus and search terms computed by the product's SearchTerms class, and the search
# index is rebuilt after the load (its build time and size are printed); on H2, which runs inside
# the portal's JVM and cannot be reached from outside while it runs, the portal is stopped after
# creating the schema, the same rows are inserted into its file database (CSVREAD) and the portal
# is started again. Then bench/CaseBench.java records cases at 16 and 64 connections and times the
# list, count, search and keyset queries. Needs ../shared/corpus; not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cases=${1:-100000}
warmup=${BENCH_WARMUP:-2000}
intake=${BENCH_INTAKE:-5000}
database=${2:-postgresql}
corpus=$root/../shared/corpus
[ -f "$corpus/messages-with-votes.csv" ] || { echo "bench: the corpus is missing at $corpus" >&2; exit 1; }

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"
classes=case-tracking/target/classes

work=$(mktemp -d /tmp/portal-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
if [ "$database" = postgresql ]; then
  start_throwaway_postgres -c shared_buffers=1GB -c synchronous_commit=off -c maintenance_work_mem=1GB \
    -c max_wal_size=8GB -c checkpoint_timeout=30min ${BENCH_PG_OPTS:-}
  export PORTAL_DB_URL=$PG_URL PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
fi
# BENCH_JAVA_OPTS passes options to the portal's JVM, e.g. a flight recording for profiling.
# shellcheck disable=SC2086
start_portal 4g ${BENCH_JAVA_OPTS:-}
wait_for_portal
echo "portal on $database, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); target $cases cases"
# What the API records during the measurements (warm-up + 2 intake runs) is not preloaded.
preload=$((cases - warmup - 2 * intake))

if [ "$database" = postgresql ]; then
  sql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal "$@"; }
  if [ "$preload" -gt 0 ]; then
    first=$(sql -Atc "SELECT nextval('case_file_seq') + 1000")
    sql -c "DROP INDEX case_search_terms_idx"
    # The report tallies are counted once after the load instead of row by row (case_tally.sql).
    sql -c "ALTER TABLE case_file DISABLE TRIGGER case_tally_insert"
    started=$(date +%s.%N)
    java -Xmx2g -cp "$classes" bench/CaseBench.java preload "$base" "$corpus" "$preload" "$first" \
      | sql -c "\\copy case_file (id, tracking_number, channel, title, content, concerned_unit_id, status, received_at, recorded_by, version, search_terms, lead_unit_id, closed_at) FROM STDIN WITH (FORMAT csv)"
    echo "preloaded $preload cases by COPY in $(echo "$(date +%s.%N) - $started" | bc | cut -d. -f1) s"
    sql -c "SELECT setval('case_file_seq', (SELECT (max(id) / 50 + 1) * 50 FROM case_file))" > /dev/null
    started=$(date +%s.%N)
    # The same statement as CaseSearchIndexMigration.INDEX.
    sql -c "SET maintenance_work_mem = '1GB'" -c "CREATE INDEX case_search_terms_idx ON case_file
              USING gin (array_to_tsvector(string_to_array(search_terms, ' ')))"
    echo "search index built in $(echo "$(date +%s.%N) - $started" | bc | cut -d. -f1) s"
    started=$(date +%s.%N)
    sql -c "ALTER TABLE case_file ENABLE TRIGGER case_tally_insert" -c "SELECT case_tally_rebuild()" > /dev/null
    echo "report tallies counted in $(echo "$(date +%s.%N) - $started" | bc | cut -d. -f1) s"
    started=$(date +%s.%N)
    sql -c "VACUUM ANALYZE case_file"
    echo "VACUUM ANALYZE in $(echo "$(date +%s.%N) - $started" | bc | cut -d. -f1) s"
  fi
  sql -c "SELECT count(*) AS cases, pg_size_pretty(pg_table_size('case_file')) AS table_with_toast,
            pg_size_pretty(pg_relation_size('case_search_terms_idx')) AS search_index,
            pg_size_pretty(pg_indexes_size('case_file')) AS all_indexes FROM case_file"
fi
if [ "$database" = h2 ] && [ "$preload" -gt 0 ]; then
  # Ids far above the demo data's; the loader moves the sequence past them.
  java -Xmx2g -cp "$classes" bench/CaseBench.java preload "$base" "$corpus" "$preload" 10000000 > "$work/preload.csv"
  stop_server
  started=$(date +%s.%N)
  h2=$(maven_jar h2.version com.h2database:h2 "$work/lib")
  java -Xmx2g -cp "$h2" bench/CaseBench.java h2load \
    "jdbc:h2:file:$PORTAL_DATA_DIR/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" "$work/preload.csv"
  echo "preloaded $preload cases into H2 in $(echo "$(date +%s.%N) - $started" | bc | cut -d. -f1) s;" \
    "database file $(du -h "$PORTAL_DATA_DIR/portal.mv.db" | cut -f1)"
  rm "$work/preload.csv"
  # shellcheck disable=SC2086
  start_portal 4g ${BENCH_JAVA_OPTS:-}
  wait_for_portal
fi
db_pid=-1
if [ "$database" = postgresql ]; then db_pid=$(head -1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || echo -1); fi
java -Xmx1g -Dbench.warmUp="$warmup" -Dbench.intake="$intake" -Dbench.serverPid="$server" -Dbench.databasePid="$db_pid" \
  bench/CaseBench.java measure "$base" "$corpus" "$cases"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$database" = postgresql ]; then
  sql -c "SELECT pg_size_pretty(pg_relation_size('case_search_terms_idx')) AS search_index_after_intake"
  # The plans of the searches: a two-character word is one term and needs no LIKE recheck.
  sql -c "EXPLAIN ANALYZE SELECT id FROM case_file WHERE case_terms_match(search_terms, '噪音') = true
            ORDER BY received_at DESC, id DESC LIMIT 21"
  sql -c "EXPLAIN ANALYZE SELECT id FROM case_file WHERE case_terms_match(search_terms, '物业 & 业管 & 管理') = true
            AND (lower(title) LIKE '%物业管理%' OR lower(content) LIKE '%物业管理%') ORDER BY received_at DESC, id DESC LIMIT 21"
fi
if [ "$database" = postgresql ] && [[ "${BENCH_PG_OPTS:-}" == *pg_stat_statements* ]]; then
  sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
  sql -c "SELECT calls, round(total_exec_time) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
            left(regexp_replace(query, '\s+', ' ', 'g'), 140) AS query
          FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25"
fi
