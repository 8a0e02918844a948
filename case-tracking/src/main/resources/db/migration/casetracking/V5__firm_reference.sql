-- Firms' requests (企业诉求) name the firm they concern. Firms belong to chief service, whose tables
-- are created after these, so the case keeps the firm's id and name without a foreign key.
ALTER TABLE case_file ADD COLUMN firm_id BIGINT;
ALTER TABLE case_file ADD COLUMN firm_name VARCHAR(200);
-- A firm's open requests are counted for its officer's home page.
CREATE INDEX case_firm_status_idx ON case_file (firm_id, status);
