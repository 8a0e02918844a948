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
# Officers sign in with the demo password (the demo officer's hash); ids start far above the
# sequences, which are moved past them so that the portal's own inserts never collide.
psql_portal <<SQL
CREATE TEMP TABLE bench_officer (username VARCHAR(50), display_name VARCHAR(50), district VARCHAR(100));
CREATE TEMP TABLE bench_firm (seq INTEGER, name VARCHAR(200), credit_code VARCHAR(18), industry_code VARCHAR(10),
  size VARCHAR(10), district VARCHAR(100), address VARCHAR(200), contact_name VARCHAR(50), contact_phone VARCHAR(30),
  key_project BOOLEAN, visit_interval_days INTEGER, officer VARCHAR(50), last_visit_on DATE, next_visit_due DATE);
CREATE TEMP TABLE bench_tag (seq INTEGER, tag VARCHAR(30));
\copy bench_officer FROM '$work/csv/officers.csv' WITH (FORMAT csv)
\copy bench_firm FROM '$work/csv/firms.csv' WITH (FORMAT csv)
\copy bench_tag FROM '$work/csv/firm_tags.csv' WITH (FORMAT csv)
BEGIN;
INSERT INTO account (id, username, display_name, password_hash, unit_id, active, version)
  SELECT 10000000 + row_number() OVER (ORDER BY o.username), o.username, o.display_name,
         (SELECT password_hash FROM account WHERE username = 'officer'), u.id, TRUE, 0
  FROM bench_officer o JOIN unit u ON u.name = o.district;
INSERT INTO account_role (account_id, role)
  SELECT a.id, 'CHIEF_SERVICE_OFFICER' FROM account a JOIN bench_officer o ON o.username = a.username;
INSERT INTO firm (id, name, credit_code, industry_code, size, district_id, address, contact_name, contact_phone,
    key_project, parent_id, visit_interval_days, officer_id, officer_since, last_visit_on, next_visit_due,
    created_at, version)
  SELECT 10000000 + f.seq, f.name, f.credit_code, f.industry_code, f.size, u.id, f.address, f.contact_name,
         f.contact_phone, f.key_project, NULL, f.visit_interval_days, a.id,
         CASE WHEN a.id IS NULL THEN NULL ELSE TIMESTAMP '2025-03-01 09:00:00' END,
         f.last_visit_on, f.next_visit_due, TIMESTAMP '2025-03-01 09:00:00', 0
  FROM bench_firm f JOIN unit u ON u.name = f.district LEFT JOIN account a ON a.username = f.officer;
INSERT INTO firm_tag (firm_id, tag) SELECT 10000000 + seq, tag FROM bench_tag;
INSERT INTO assignment (id, firm_id, officer_id, assigned_from, assigned_to, reason, assigned_by)
  SELECT id, id, officer_id, officer_since, NULL, '批量导入', 'admin' FROM firm WHERE id > 10000000 AND officer_id IS NOT NULL;
\o /dev/null
SELECT setval('firm_seq', 30000000), setval('assignment_seq', 30000000);
\o
COMMIT;
VACUUM ANALYZE account; VACUUM ANALYZE account_role; VACUUM ANALYZE firm; VACUUM ANALYZE firm_tag; VACUUM ANALYZE assignment;
SQL
echo "loaded $firms firms, $officers officers, their tags and assignments by COPY in $(( $(date +%s) - start )) s"
echo "portal on PostgreSQL, $(nproc) cores"
java -Xmx512m bench/FirmBench.java measure "http://localhost:$port/portal/"
