-- The index terms of each case's text (character pairs, see SearchTerms); the application fills the
-- column at intake, and migration 12.1 (CaseSearchIndexMigration, Java) fills it for existing cases
-- and builds the PostgreSQL index on it.
ALTER TABLE case_file ADD COLUMN search_terms VARCHAR(100000);
-- The triage list and its count filter by status and the unit the writer named, newest first: one
-- index answers both without visiting the rows of other units.
CREATE INDEX case_status_unit_received_idx ON case_file (status, concerned_unit_id, received_at);
