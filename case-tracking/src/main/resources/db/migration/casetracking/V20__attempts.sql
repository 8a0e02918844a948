-- Failed sign-ins, letters written and wrong query codes, counted where every server sees them, so
-- that a limit holds across a cluster (issue 18). One row per attempt; rows older than the longest
-- window are purged. No primary key is needed: rows are only counted and deleted by purpose,
-- subject and time.
CREATE TABLE attempt (
    purpose      VARCHAR(40)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    attempted_at TIMESTAMP    NOT NULL
);
CREATE INDEX attempt_subject_time ON attempt (purpose, subject, attempted_at);
CREATE INDEX attempt_time ON attempt (attempted_at);
