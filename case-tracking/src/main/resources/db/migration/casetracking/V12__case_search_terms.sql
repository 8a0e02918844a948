-- The index terms of each case's text (character pairs, see SearchTerms); the application fills the
-- column at intake, and migration 12.1 (CaseSearchIndexMigration, Java) fills it for existing cases
-- and builds the PostgreSQL index on it.
ALTER TABLE case_file ADD COLUMN search_terms VARCHAR(100000);
