-- Attachments of cases (letters' files included) and of other modules' records such as visits.
-- Only metadata is here; the bytes are files named by storage_key under the attachments folder.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    owner_kind   VARCHAR(20)   NOT NULL,
    owner_id     BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    file_kind    VARCHAR(10)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    storage_key  VARCHAR(36)   NOT NULL UNIQUE,
    uploaded_by  VARCHAR(50)   NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL
);

CREATE INDEX attachment_owner_idx ON attachment (owner_kind, owner_id);
