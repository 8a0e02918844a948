-- The coverage report at a city's scale (see bench/reports.sh): the visits of a period per officer
-- and the firms visited in it are answered from these indexes alone (index-only scans), without
-- visiting a row of the visit table per visit.
CREATE INDEX visit_status_date_idx ON visit (status, visit_date, officer_id, firm_id, id);
CREATE INDEX visit_firm_status_date_idx ON visit (firm_id, status, visit_date);
