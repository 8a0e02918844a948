-- Reminders raised by the reminder sweep. Each table's unique constraint lets a reminder be raised
-- once even when several servers sweep at the same moment: the row is inserted first, in its own
-- transaction, and only then is anyone told.

-- A push still 已推送 after a reminder step (e.g. "5 working days"), once per delivery and step.
CREATE SEQUENCE delivery_reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE delivery_reminder (
    id           BIGINT       NOT NULL PRIMARY KEY,
    delivery_id  BIGINT       NOT NULL REFERENCES delivery (id),
    step         VARCHAR(30)  NOT NULL,
    due_on       DATE         NOT NULL,
    raised_at    TIMESTAMP    NOT NULL,
    CONSTRAINT delivery_reminder_unique UNIQUE (delivery_id, step)
);

-- A firm overdue for a visit, flagged to its officer and their leaders once per missed due date.
CREATE SEQUENCE overdue_visit_flag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE overdue_visit_flag (
    id          BIGINT     NOT NULL PRIMARY KEY,
    firm_id     BIGINT     NOT NULL REFERENCES firm (id),
    officer_id  BIGINT     NOT NULL REFERENCES account (id),
    due_on      DATE       NOT NULL,
    raised_at   TIMESTAMP  NOT NULL,
    CONSTRAINT overdue_visit_flag_unique UNIQUE (firm_id, due_on)
);

-- The sweep walks the served firms whose visit fell due, in id order.
CREATE INDEX firm_due_idx ON firm (next_visit_due, id);

-- An officer's bell leads from a firm request's news to the visit that raised it.
CREATE INDEX visit_case_case_idx ON visit_case (case_id);
