-- Units, accounts and cases. Ids come from sequences whose increment equals JPA's allocation size
-- (50), so EclipseLink reserves ids in blocks instead of asking the database for every insert.
CREATE SEQUENCE unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT unit_name_unique UNIQUE (name)
);

CREATE TABLE account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(50)  NOT NULL,
    display_name   VARCHAR(50)  NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    unit_id        BIGINT       NOT NULL REFERENCES unit (id),
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);
CREATE INDEX account_unit_idx ON account (unit_id);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    role        VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE case_file (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    tracking_number    VARCHAR(20)   NOT NULL,
    channel            VARCHAR(40)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    content            VARCHAR(20000) NOT NULL,
    concerned_unit_id  BIGINT        NOT NULL REFERENCES unit (id),
    status             VARCHAR(20)   NOT NULL,
    received_at        TIMESTAMP     NOT NULL,
    recorded_by        VARCHAR(50)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT case_tracking_number_unique UNIQUE (tracking_number)
);
-- The triage list filters by status and unit and shows the newest first.
CREATE INDEX case_status_received_idx ON case_file (status, received_at);
CREATE INDEX case_unit_received_idx ON case_file (concerned_unit_id, received_at);
CREATE INDEX case_received_idx ON case_file (received_at);

CREATE TABLE case_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES case_file (id),
    type         VARCHAR(40)   NOT NULL,
    actor        VARCHAR(50)   NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    note         VARCHAR(2000)
);
CREATE INDEX case_event_case_idx ON case_event (case_id, occurred_at);
