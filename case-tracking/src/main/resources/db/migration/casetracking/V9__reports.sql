-- Weights of the unit ranking (评价考核); administrators edit them. One row per component; the score
-- formula is in RankingFormula and the README.
CREATE TABLE ranking_weight (
    component  VARCHAR(30) NOT NULL PRIMARY KEY,
    weight     INTEGER     NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT ranking_weight_range CHECK (weight BETWEEN 0 AND 100)
);
INSERT INTO ranking_weight (component, weight, version) VALUES
    ('ON_TIME_SIGN_OFF', 15, 0),
    ('ON_TIME_REPLY', 30, 0),
    ('SATISFACTION', 25, 0),
    ('REOPEN', 10, 0),
    ('RETURNED', 10, 0),
    ('SUPERVISION', 10, 0);

-- Ranking counts returns and supervision actions per unit and period from the timeline.
CREATE INDEX case_event_type_occurred_idx ON case_event (type, occurred_at);
CREATE INDEX case_sign_off_due_idx ON case_file (sign_off_due);
CREATE INDEX case_reply_due_idx ON case_file (reply_due);
CREATE INDEX case_closed_at_idx ON case_file (closed_at);
CREATE INDEX case_replied_at_idx ON case_file (replied_at);
