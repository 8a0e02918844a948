-- Waiting for the writer's supplement (等待补充材料) stops a case's clock: paused_since marks a wait
-- going on; case_pause keeps the finished waits, whose wholly paused working days move the deadlines.
ALTER TABLE case_file ADD COLUMN paused_since TIMESTAMP;

CREATE TABLE case_pause (
    case_id     BIGINT    NOT NULL REFERENCES case_file (id),
    started_at  TIMESTAMP NOT NULL,
    ended_at    TIMESTAMP NOT NULL
);
CREATE INDEX case_pause_case_idx ON case_pause (case_id, started_at);
