-- Routing suggestions learned from history (issue 15).

-- Training examples: classified messages imported from an older system. They are examples, not
-- cases: nobody handles them; they only teach the classifier (and, with a unit, the routing).
CREATE SEQUENCE triage_example_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE triage_example (
    id           BIGINT        NOT NULL PRIMARY KEY,
    category_id  BIGINT        NOT NULL REFERENCES category (id),
    title        VARCHAR(200)  NOT NULL,
    content      VARCHAR(20000) NOT NULL,
    unit_id      BIGINT        REFERENCES unit (id),
    imported_at  TIMESTAMP     NOT NULL,
    imported_by  VARCHAR(50)   NOT NULL
);

-- The trained model, versioned: every server loads the newest, so all suggest alike. The model is
-- a few hundred kilobytes to a few megabytes (BYTEA is binary on PostgreSQL and an alias of
-- BINARY VARYING on H2). data_mark says what it was trained on, so that an unchanged history is
-- not trained again.
CREATE TABLE triage_model (
    version        BIGINT           NOT NULL PRIMARY KEY,
    trained_at     TIMESTAMP        NOT NULL,
    examples       INTEGER          NOT NULL,
    from_cases     INTEGER          NOT NULL,
    imported       INTEGER          NOT NULL,
    top1           DOUBLE PRECISION,
    top3           DOUBLE PRECISION,
    data_mark      VARCHAR(200)     NOT NULL,
    model          BYTEA            NOT NULL
);

-- The administrator's default lead unit per category, and per district where a matter is local
-- (district_id null: every district). A default on a parent holds for the categories below it.
CREATE SEQUENCE triage_default_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE triage_default_unit (
    id           BIGINT  NOT NULL PRIMARY KEY,
    category_id  BIGINT  NOT NULL REFERENCES category (id),
    district_id  BIGINT  REFERENCES unit (id),
    unit_id      BIGINT  NOT NULL REFERENCES unit (id),
    version      BIGINT  NOT NULL
);
CREATE INDEX triage_default_unit_category_idx ON triage_default_unit (category_id);

-- What the officer did with the suggestion when the case was dispatched: the suggested category
-- and lead unit beside the ones chosen, for the acceptance rate.
CREATE TABLE triage_decision (
    case_id                BIGINT     NOT NULL PRIMARY KEY REFERENCES case_file (id),
    model_version          BIGINT     NOT NULL,
    suggested_category_id  BIGINT,
    category_id            BIGINT,
    category_taken         BOOLEAN,
    suggested_unit_id      BIGINT,
    unit_id                BIGINT,
    unit_taken             BOOLEAN,
    decided_at             TIMESTAMP  NOT NULL
);
CREATE INDEX triage_decision_decided_idx ON triage_decision (decided_at);

-- One row per cluster-wide job: a server takes the job by moving locked_until forward in one
-- UPDATE that only succeeds when the previous holder's time has run out.
CREATE TABLE triage_lock (
    name          VARCHAR(40)   NOT NULL PRIMARY KEY,
    holder        VARCHAR(100),
    locked_until  TIMESTAMP     NOT NULL
);
INSERT INTO triage_lock (name, holder, locked_until) VALUES ('retrain', NULL, TIMESTAMP '2000-01-01 00:00:00');
