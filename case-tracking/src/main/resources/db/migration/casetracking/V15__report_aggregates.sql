-- The reports at a city's scale (see bench/reports.sh): each figure's aggregate reads one date range
-- (received_at, reply_due, replied_at, closed_at, sign_off_due, dispatched_at). These indexes lead
-- with that date and carry every column the figures test, group by or count (id: JPQL count(c)
-- is COUNT(id)), so PostgreSQL answers from the index alone (index-only scan) instead of visiting a
-- row of the wide case table per case. They supersede the single-column date indexes of V9.
CREATE INDEX case_cohort_report_idx ON case_file
    (received_at, channel, status, category_id, lead_unit_id, concerned_unit_id, satisfaction, reopen_count,
     closed_at, outcome, id);
CREATE INDEX case_reply_due_report_idx ON case_file (reply_due, status, replied_at, lead_unit_id, concerned_unit_id, id);
CREATE INDEX case_replied_report_idx ON case_file (replied_at, status, dispatched_at, lead_unit_id, concerned_unit_id, id);
CREATE INDEX case_closed_report_idx ON case_file (closed_at, lead_unit_id, concerned_unit_id, id);
CREATE INDEX case_dispatched_report_idx ON case_file (dispatched_at, lead_unit_id, id);
DROP INDEX case_reply_due_idx;
DROP INDEX case_closed_at_idx;
DROP INDEX case_replied_at_idx;
DROP INDEX case_sign_off_due_idx;

-- When the lead unit signed for the case in the current round of its clock (null until then; a new
-- round clears it). The ranking's on-time sign-off compares it with sign_off_due in the same row
-- instead of searching each case's timeline for the round's SIGN_FOR event. Filled from the
-- timeline for existing cases: the first sign-for since the round's dispatch.
ALTER TABLE case_file ADD COLUMN signed_for_at TIMESTAMP;
UPDATE case_file SET signed_for_at =
    (SELECT min(e.occurred_at) FROM case_event e
      WHERE e.case_id = case_file.id AND e.type = 'SIGN_FOR' AND e.occurred_at >= case_file.dispatched_at)
  WHERE dispatched_at IS NOT NULL;
CREATE INDEX case_sign_off_report_idx ON case_file (sign_off_due, status, signed_for_at, lead_unit_id, id);
