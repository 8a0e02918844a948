-- The coverage's visits per officer with the distinct firms each visited (bench/reports.sh): in
-- officer and firm order, PostgreSQL counts them from this index alone while reading it, instead of
-- sorting the period's held visits (at 100k firms, 2.25M visits: 0.73 -> 0.37 s).
CREATE INDEX visit_officer_firm_idx ON visit (status, officer_id, firm_id, visit_date);
