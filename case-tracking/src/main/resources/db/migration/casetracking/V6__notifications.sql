-- The bell: one row per person and message, so each person reads and clears their own.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient    VARCHAR(50)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    arguments    VARCHAR(1000),
    case_id      BIGINT        REFERENCES case_file (id),
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP
);
-- The unread count and the newest-first list of one person.
CREATE INDEX notification_recipient_idx ON notification (recipient, read_at, created_at);
