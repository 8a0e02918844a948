-- The people who follow a case without acting on it: the chief service officer who raised a
-- firm's request (企业诉求) on a visit is told when it is accepted, dispatched, answered, closed
-- or reopened. One row per case and person.
CREATE SEQUENCE case_watcher_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_watcher (
    id        BIGINT       NOT NULL PRIMARY KEY,
    case_id   BIGINT       NOT NULL REFERENCES case_file (id),
    username  VARCHAR(50)  NOT NULL,
    since     TIMESTAMP    NOT NULL,
    CONSTRAINT case_watcher_unique UNIQUE (case_id, username)
);
