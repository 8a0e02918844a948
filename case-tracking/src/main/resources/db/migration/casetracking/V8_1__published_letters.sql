-- Letters published with their replies: the version the public reads, edited by an officer and masked,
-- kept apart from the case, whose original text never changes. One row per case at most.
CREATE SEQUENCE published_letter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE published_letter (
    id              BIGINT         NOT NULL PRIMARY KEY,
    case_id         BIGINT         NOT NULL UNIQUE REFERENCES case_file (id),
    title           VARCHAR(200)   NOT NULL,
    content         VARCHAR(20000) NOT NULL,
    reply           VARCHAR(2000)  NOT NULL,
    replying_unit   VARCHAR(100),
    category_id     BIGINT         REFERENCES category (id),
    category_code   VARCHAR(20),
    category_name   VARCHAR(30),
    received_at     TIMESTAMP      NOT NULL,
    answered_at     TIMESTAMP,
    published_at    TIMESTAMP      NOT NULL,
    published_by    VARCHAR(50)    NOT NULL,
    version         BIGINT         NOT NULL
);
-- The public list: newest letters first, optionally one month's or one subtree's.
CREATE INDEX published_letter_received_idx ON published_letter (received_at);
CREATE INDEX published_letter_category_idx ON published_letter (category_code, received_at);
-- The monthly statistics read one channel's cases of one month.
CREATE INDEX case_channel_received_idx ON case_file (channel, received_at);
