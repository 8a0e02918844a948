-- The supervision bulletin (督查通报): drafted by a supervisor for a period, approved by a leader.
-- On approval every figure and row it shows is frozen into snapshot (JSON text), so that later
-- changes to cases cannot alter an approved bulletin.
CREATE SEQUENCE bulletin_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE bulletin (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    title              VARCHAR(200)    NOT NULL,
    period_kind        VARCHAR(10)     NOT NULL,
    period_from        DATE            NOT NULL,
    period_to          DATE            NOT NULL,
    foreword           VARCHAR(4000),
    status             VARCHAR(10)     NOT NULL,
    drafted_by         VARCHAR(50)     NOT NULL,
    drafted_at         TIMESTAMP       NOT NULL,
    submitted_at       TIMESTAMP,
    decided_by         VARCHAR(50),
    decided_at         TIMESTAMP,
    return_reason      VARCHAR(500),
    snapshot           VARCHAR(1000000),
    version            BIGINT          NOT NULL,
    CONSTRAINT bulletin_period CHECK (period_to >= period_from),
    CONSTRAINT bulletin_frozen CHECK (status <> 'APPROVED' OR snapshot IS NOT NULL)
);
-- The archive lists approved bulletins newest period first; the work list shows open ones.
CREATE INDEX bulletin_status_period_idx ON bulletin (status, period_to, id);

-- The cases the supervisor picked as notable, with a remark each (none: the longest overdue).
CREATE TABLE bulletin_notable_case (
    bulletin_id  BIGINT        NOT NULL REFERENCES bulletin (id),
    position     INTEGER       NOT NULL,
    case_id      BIGINT        NOT NULL REFERENCES case_file (id),
    remark       VARCHAR(500),
    PRIMARY KEY (bulletin_id, position)
);
