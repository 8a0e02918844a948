-- Intake details: the deputy/member, number and session of 人大代表建议 and 政协委员提案; the writer's
-- contact data recorded by staff (shown unmasked to the office only, like mailbox letters); and the
-- batch an assigned case (上级交办) was imported with, kept for lists and reports.
CREATE SEQUENCE intake_batch_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE intake_batch (
    id               BIGINT       NOT NULL PRIMARY KEY,
    batch_number     VARCHAR(20)  NOT NULL,
    source_document  VARCHAR(200) NOT NULL,
    imported_by      VARCHAR(50)  NOT NULL,
    imported_at      TIMESTAMP    NOT NULL,
    case_count       INTEGER      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT intake_batch_number_uk UNIQUE (batch_number)
);
CREATE INDEX intake_batch_imported_idx ON intake_batch (imported_at);

ALTER TABLE case_file ADD COLUMN proposer_name VARCHAR(50);
ALTER TABLE case_file ADD COLUMN proposal_number VARCHAR(30);
ALTER TABLE case_file ADD COLUMN proposal_session VARCHAR(30);
ALTER TABLE case_file ADD COLUMN writer_name VARCHAR(50);
ALTER TABLE case_file ADD COLUMN writer_phone VARCHAR(20);
ALTER TABLE case_file ADD COLUMN writer_id_number VARCHAR(18);
ALTER TABLE case_file ADD COLUMN batch_id BIGINT REFERENCES intake_batch (id);
CREATE INDEX case_batch_received_idx ON case_file (batch_id, received_at);
