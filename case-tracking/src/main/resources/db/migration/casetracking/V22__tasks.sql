-- Supervision tasks (督查事项, issue 17): the leading group's decisions, the action plan's tasks and
-- the problems to rectify, with their milestones (施工图), progress reports, timeline and the ladder
-- steps the sweep raises. Sequences step by 50, the entities' allocation size.

-- A special group's member units (专项小组成员单位) may report on the group's tasks.
CREATE SEQUENCE group_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE special_group_member (
    id             BIGINT NOT NULL PRIMARY KEY,
    group_id       BIGINT NOT NULL REFERENCES unit (id),
    member_unit_id BIGINT NOT NULL REFERENCES unit (id),
    CONSTRAINT special_group_member_once UNIQUE (group_id, member_unit_id)
);
CREATE INDEX special_group_member_unit_idx ON special_group_member (member_unit_id);

CREATE SEQUENCE task_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE task (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    source_kind        VARCHAR(30)   NOT NULL,
    source_reference   VARCHAR(200),
    source_date        DATE,
    content            VARCHAR(2000) NOT NULL,
    target             VARCHAR(1000),
    lead_unit_id       BIGINT        NOT NULL REFERENCES unit (id),
    responsible_person VARCHAR(50),
    deadline           DATE          NOT NULL,
    cadence            VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    percent_complete   INTEGER       NOT NULL,
    started_on         DATE          NOT NULL,
    next_milestone_on  DATE,
    last_report_on     DATE,
    last_progress      VARCHAR(2000),
    overdue_since      DATE,
    plan_status        VARCHAR(20),
    source_case_id     BIGINT REFERENCES case_file (id),
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(50)   NOT NULL,
    version            BIGINT        NOT NULL
);
-- The ledger's filters and its default order (deadline, id); the sweep walks open tasks by id.
CREATE INDEX task_lead_deadline_idx ON task (lead_unit_id, deadline, id);
CREATE INDEX task_status_deadline_idx ON task (status, deadline, id);
CREATE INDEX task_source_deadline_idx ON task (source_kind, deadline, id);
CREATE INDEX task_deadline_idx ON task (deadline, id);

CREATE TABLE task_cooperating_unit (
    task_id BIGINT NOT NULL REFERENCES task (id),
    unit_id BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_cooperating_unit_unit_idx ON task_cooperating_unit (unit_id, task_id);

CREATE SEQUENCE task_milestone_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE task_milestone (
    id       BIGINT        NOT NULL PRIMARY KEY,
    task_id  BIGINT        NOT NULL REFERENCES task (id),
    seq      INTEGER       NOT NULL,
    title    VARCHAR(200)  NOT NULL,
    due_on   DATE          NOT NULL,
    met_on   DATE,
    met_note VARCHAR(2000),
    CONSTRAINT task_milestone_seq_once UNIQUE (task_id, seq)
);

CREATE SEQUENCE task_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE task_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    task_id     BIGINT        NOT NULL REFERENCES task (id),
    type        VARCHAR(30)   NOT NULL,
    actor       VARCHAR(50)   NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    note        VARCHAR(2000)
);
CREATE INDEX task_event_task_idx ON task_event (task_id, id);

CREATE SEQUENCE task_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE task_report (
    id               BIGINT        NOT NULL PRIMARY KEY,
    task_id          BIGINT        NOT NULL REFERENCES task (id),
    period_key       VARCHAR(20)   NOT NULL,
    due_on           DATE          NOT NULL,
    done             VARCHAR(2000) NOT NULL,
    next_steps       VARCHAR(2000),
    problems         VARCHAR(2000),
    percent_complete INTEGER       NOT NULL,
    filed_by         VARCHAR(50)   NOT NULL,
    filed_at         TIMESTAMP     NOT NULL
);
CREATE INDEX task_report_task_idx ON task_report (task_id, period_key);

-- 催报, 督办 and 通报 raised once per task, step and subject (a period's key, a milestone, the
-- deadline): the unique constraint is what makes a step fire once when several servers sweep.
CREATE SEQUENCE task_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE task_supervision_step (
    id        BIGINT      NOT NULL PRIMARY KEY,
    task_id   BIGINT      NOT NULL REFERENCES task (id),
    step      VARCHAR(30) NOT NULL,
    subject   VARCHAR(20) NOT NULL,
    due_on    DATE        NOT NULL,
    raised_at TIMESTAMP   NOT NULL,
    CONSTRAINT task_supervision_step_once UNIQUE (task_id, step, subject)
);

-- A rectification task's plan (整改方案): each problem with its measures, responsible person and
-- deadline, accepted (销号) one by one by the office with its evidence.
CREATE SEQUENCE task_rectification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE task_rectification_item (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    task_id            BIGINT        NOT NULL REFERENCES task (id),
    seq                INTEGER       NOT NULL,
    problem            VARCHAR(1000) NOT NULL,
    measures           VARCHAR(2000) NOT NULL,
    responsible_person VARCHAR(50),
    deadline           DATE          NOT NULL,
    accepted_on        DATE,
    accepted_by        VARCHAR(50),
    evidence           VARCHAR(2000),
    CONSTRAINT task_rectification_seq_once UNIQUE (task_id, seq)
);
