-- The mayor's mailbox: what a public letter adds to its case. The writer's contact data lives here,
-- apart from the case that units and leaders read; the query code is stored only as a salted hash.
CREATE SEQUENCE mailbox_letter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mailbox_letter (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL UNIQUE REFERENCES case_file (id),
    letter_type       VARCHAR(30)   NOT NULL,
    firm_name         VARCHAR(200),
    writer_name       VARCHAR(50)   NOT NULL,
    writer_mobile     VARCHAR(11)   NOT NULL,
    writer_id_number  VARCHAR(18),
    publish_consent   BOOLEAN       NOT NULL,
    query_code_salt   VARCHAR(32)   NOT NULL,
    query_code_hash   VARCHAR(64)   NOT NULL,
    rating_comment    VARCHAR(500),
    rated_at          TIMESTAMP,
    version           BIGINT        NOT NULL
);
