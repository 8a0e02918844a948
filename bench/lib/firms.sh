# Sourced by bench/firms.sh and bench/reports.sh: bulk-loads the officers, firms, tags and current
# assignments that `java bench/FirmBench.java generate DIR FIRMS OFFICERS` wrote to DIR, with COPY.
# Needs psql_portal (psql on the throw-away database) from the calling script.
# Officers sign in with the demo password (the demo officer's hash); ids start far above the
# sequences, which are moved past them so that the portal's own inserts never collide.
load_firms() {
  local csv=$1
  psql_portal <<SQL
CREATE TEMP TABLE bench_officer (username VARCHAR(50), display_name VARCHAR(50), district VARCHAR(100));
CREATE TEMP TABLE bench_firm (seq INTEGER, name VARCHAR(200), credit_code VARCHAR(18), industry_code VARCHAR(10),
  size VARCHAR(10), district VARCHAR(100), address VARCHAR(200), contact_name VARCHAR(50), contact_phone VARCHAR(30),
  key_project BOOLEAN, visit_interval_days INTEGER, officer VARCHAR(50), last_visit_on DATE, next_visit_due DATE);
CREATE TEMP TABLE bench_tag (seq INTEGER, tag VARCHAR(30));
\copy bench_officer FROM '$csv/officers.csv' WITH (FORMAT csv)
\copy bench_firm FROM '$csv/firms.csv' WITH (FORMAT csv)
\copy bench_tag FROM '$csv/firm_tags.csv' WITH (FORMAT csv)
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
}
