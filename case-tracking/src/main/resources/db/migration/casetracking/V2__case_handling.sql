-- Case handling: dispatch to a lead unit (主办) and assisting units (协办), extension requests,
-- replies, the outcome class, follow-up ratings, merges and reopening. concerned_unit_id stays the
-- unit the writer named; the lead and assisting units decide which units see a case.
ALTER TABLE case_file ADD COLUMN lead_unit_id BIGINT;
ALTER TABLE case_file ADD COLUMN rejection_reason VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN reply VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN reply_author VARCHAR(50);
ALTER TABLE case_file ADD COLUMN replied_at TIMESTAMP;
ALTER TABLE case_file ADD COLUMN outcome VARCHAR(20);
ALTER TABLE case_file ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE case_file ADD COLUMN satisfaction VARCHAR(20);
ALTER TABLE case_file ADD COLUMN reopen_due BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_file ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE case_file ADD COLUMN merged_into_id BIGINT;
ALTER TABLE case_file ADD COLUMN extension_requested_days INTEGER;
ALTER TABLE case_file ADD COLUMN extension_request_reason VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN extension_granted_days INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE case_file ADD CONSTRAINT case_lead_unit_fk FOREIGN KEY (lead_unit_id) REFERENCES unit (id);
ALTER TABLE case_file ADD CONSTRAINT case_merged_into_fk FOREIGN KEY (merged_into_id) REFERENCES case_file (id);
-- A pending extension request has both its days and its reason, or neither.
ALTER TABLE case_file ADD CONSTRAINT case_extension_request_check CHECK (
    (extension_requested_days IS NULL AND extension_request_reason IS NULL)
    OR (extension_requested_days BETWEEN 1 AND 30 AND extension_request_reason IS NOT NULL));

-- Unit handlers' lists: the cases their unit leads, newest first ...
CREATE INDEX case_lead_unit_received_idx ON case_file (lead_unit_id, received_at);
-- ... and the cases it assists (looked up by unit, then joined to the case).
CREATE TABLE case_assisting_unit (
    case_id  BIGINT NOT NULL REFERENCES case_file (id),
    unit_id  BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (case_id, unit_id)
);
CREATE INDEX case_assisting_unit_unit_idx ON case_assisting_unit (unit_id, case_id);
-- The cases merged into a case are listed on it and answered with its reply.
CREATE INDEX case_merged_into_idx ON case_file (merged_into_id);

-- What each action decided, kept on its event as it was at the time.
ALTER TABLE case_event ADD COLUMN extension_days INTEGER;
ALTER TABLE case_event ADD COLUMN outcome VARCHAR(20);
ALTER TABLE case_event ADD COLUMN satisfaction VARCHAR(20);
ALTER TABLE case_event ADD COLUMN lead_unit_name VARCHAR(100);
ALTER TABLE case_event ADD COLUMN assisting_unit_names VARCHAR(2000);
ALTER TABLE case_event ADD COLUMN related_tracking_number VARCHAR(20);
