-- The officer coverage's firm requests of a period and those solved, counted from this index alone
-- (its status and outcome included) instead of fetching each firm request's row: at 1M cases the
-- solved count went from 63 to 23-39 ms (bench/reports.sh). It also serves everything the index on
-- (channel, received_at) served, which it replaces.
CREATE INDEX case_channel_report_idx ON case_file (channel, received_at, status, outcome);
DROP INDEX case_channel_received_idx;
