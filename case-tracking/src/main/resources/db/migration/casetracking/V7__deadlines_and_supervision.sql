-- A case's clock: set at dispatch (and again at reopening), moved by approved extensions.
-- clock_basis is when the reply limit counts from: the receipt, or the reopening of the case.
-- clock_round counts these starts, so that each round's supervision steps are raised once.
ALTER TABLE case_file ADD COLUMN clock_basis TIMESTAMP;
ALTER TABLE case_file ADD COLUMN dispatched_at TIMESTAMP;
ALTER TABLE case_file ADD COLUMN sign_off_due TIMESTAMP;
ALTER TABLE case_file ADD COLUMN reply_due TIMESTAMP;
ALTER TABLE case_file ADD COLUMN outer_due TIMESTAMP;
ALTER TABLE case_file ADD COLUMN clock_round INTEGER DEFAULT 0 NOT NULL;
-- The overdue board and the supervision sweep: open cases by their reply deadline.
CREATE INDEX case_status_reply_due_idx ON case_file (status, reply_due);

-- Each warning and ladder step (催办, 督办单, 通报, 问责) raised for a case, once per clock round.
-- The unique constraint is what makes a step fire once when several servers sweep at the same time.
CREATE SEQUENCE supervision_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE supervision_step (
    id          BIGINT       NOT NULL PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES case_file (id),
    step        VARCHAR(30)  NOT NULL,
    clock_round INTEGER      NOT NULL,
    due_on      DATE         NOT NULL,
    raised_at   TIMESTAMP    NOT NULL,
    raised_by   VARCHAR(50)  NOT NULL,
    CONSTRAINT supervision_step_once UNIQUE (case_id, step, clock_round)
);
