-- Data of bench/reports.sh, run by psql with -v now='YYYY-MM-DD HH:MM:SS' -v cases=N, the texts
-- (ReportBench texts) on standard input, after bench/lib/firms.sh loaded the firms. Ids start far
-- above the portal's sequences, which are moved past them. Deterministic for a given "now" and size.
\o /dev/null
SELECT setseed(0.2026);
\o

-- The report tallies are counted once at the end (case_tally_rebuild) instead of row by row.
ALTER TABLE case_file DISABLE TRIGGER USER;
ALTER TABLE case_event DISABLE TRIGGER USER;

CREATE TEMP TABLE bench_text (n INTEGER, title VARCHAR(200), content VARCHAR(20000));
\copy bench_text FROM pstdin WITH (FORMAT csv)
CREATE TEMP TABLE bench_units AS SELECT
    array_agg(id ORDER BY id) FILTER (WHERE kind = 'COUNTY_OR_DISTRICT') AS districts,
    array_agg(id ORDER BY id) FILTER (WHERE kind IN ('CITY_DEPARTMENT', 'COUNTY_OR_DISTRICT')) AS handlers,
    array_agg(id ORDER BY id) AS every_unit,
    (SELECT array_agg(id ORDER BY id) FROM category WHERE level = 3) AS leaves,
    (SELECT count(*) FROM bench_text) AS texts
  FROM unit WHERE active;
-- Channels by share (in twentieths): most cases are messages and mailbox letters.
CREATE TEMP TABLE bench_channel AS SELECT ARRAY['NETIZEN_MESSAGE', 'NETIZEN_MESSAGE', 'NETIZEN_MESSAGE',
    'NETIZEN_MESSAGE', 'NETIZEN_MESSAGE', 'NETIZEN_MESSAGE', 'MAYOR_MAILBOX', 'MAYOR_MAILBOX', 'MAYOR_MAILBOX',
    'PROBLEM_LEAD', 'PROBLEM_LEAD', 'BUSINESS_ENVIRONMENT_COMPLAINT', 'BUSINESS_ENVIRONMENT_COMPLAINT',
    'FIRM_REQUEST', 'FIRM_REQUEST', 'DEPUTY_SUGGESTION', 'CPPCC_PROPOSAL', 'OBSERVER_REPORT',
    'ASSIGNED_BY_HIGHER_AUTHORITY', 'ASSIGNED_BY_HIGHER_AUTHORITY']::VARCHAR[] AS channels;

-- One handler account per handling unit: the returns are charged to the returning person's unit.
INSERT INTO account (id, username, display_name, password_hash, unit_id, active, version)
  SELECT 20000000 + u.id, 'rb' || u.id, '承办人' || u.id, (SELECT password_hash FROM account WHERE username = 'officer'),
         u.id, TRUE, 0
  FROM unit u WHERE u.kind IN ('CITY_DEPARTMENT', 'COUNTY_OR_DISTRICT');

-- The life of each case, drawn from uniform numbers r1..r8, then cut at "now": what would happen
-- after "now" has not happened yet (the case stays dispatched, in progress or replied).
CREATE UNLOGGED TABLE bench_case AS
WITH drawn AS (
  SELECT g AS n,
         (TIMESTAMP :'now' - INTERVAL '730 days' + (g::float8 / :cases) * INTERVAL '730 days')::timestamp(0) AS received_at,
         random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
         random() AS r7, random() AS r8, random() AS r9, random() AS r10,
         random() AS r11, random() AS r12, random() AS r13, random() AS r14
  FROM generate_series(0, :cases - 1) g
), planned AS (
  SELECT d.*,
         -- 3 % are never dispatched (rejected, or new when recent); the rest within two days.
         CASE WHEN r1 < 0.03 THEN NULL ELSE (received_at + r2 * INTERVAL '2 days')::timestamp(0) END AS dispatched_at,
         -- Replies: 85 % within the 15-day limit, 15 % late; 1 % never (left open, overdue).
         CASE WHEN r4 < 0.01 THEN NULL
              WHEN r3 < 0.85 THEN r3 / 0.85 * INTERVAL '14 days' + INTERVAL '2 hours'
              ELSE INTERVAL '15 days' + (r3 - 0.85) / 0.15 * INTERVAL '15 days' END AS reply_after,
         INTERVAL '1 day' + r5 * INTERVAL '5 days' AS close_after
  FROM drawn d
), timed AS (
  SELECT p.*,
         CASE WHEN dispatched_at > TIMESTAMP :'now' THEN NULL ELSE dispatched_at END AS dispatched,
         (dispatched_at + reply_after)::timestamp(0) AS replied,
         (dispatched_at + reply_after + close_after)::timestamp(0) AS closed
  FROM planned p
)
SELECT n, received_at, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, dispatched AS dispatched_at,
       CASE WHEN dispatched IS NULL THEN NULL WHEN replied <= TIMESTAMP :'now' THEN replied END AS replied_at,
       -- 2 % of the replied stay REPLIED (nobody closed them); 40 % of the closed were followed up.
       CASE WHEN dispatched IS NULL THEN CASE WHEN received_at > TIMESTAMP :'now' - INTERVAL '3 days' THEN 'NEW' ELSE 'REJECTED' END
            WHEN replied IS NULL OR replied > TIMESTAMP :'now' THEN CASE WHEN r2 < 0.1 AND dispatched > TIMESTAMP :'now' - INTERVAL '1 day' THEN 'DISPATCHED' ELSE 'IN_PROGRESS' END
            WHEN closed > TIMESTAMP :'now' OR r4 < 0.03 THEN 'REPLIED'
            WHEN r5 < 0.4 THEN 'FOLLOWED_UP' ELSE 'CLOSED' END AS status,
       closed
FROM timed;

INSERT INTO case_file (id, tracking_number, channel, title, content, concerned_unit_id, status, received_at,
    recorded_by, version, lead_unit_id, category_id, dispatched_at, sign_off_due, signed_for_at, reply_due, clock_basis,
    replied_at, reply, reply_author, outcome, closed_at, satisfaction, reopen_count, clock_round, paused_since)
SELECT 10000000 + b.n,
       to_char(b.received_at, 'YYYY') || 'RB' || lpad(b.n::text, 9, '0'),
       ch.channels[1 + floor(b.r6 * 20)::int],
       t.title, t.content,
       CASE WHEN b.r7 < 0.6 THEN u.districts[1 + floor(b.r7 / 0.6 * array_length(u.districts, 1))::int]
            ELSE u.every_unit[1 + floor((b.r7 - 0.6) / 0.4 * array_length(u.every_unit, 1))::int] END,
       b.status, b.received_at, 'triage', 0,
       CASE WHEN b.dispatched_at IS NOT NULL THEN u.handlers[1 + floor(b.r8 * array_length(u.handlers, 1))::int] END,
       CASE WHEN b.r9 < 0.92 THEN u.leaves[1 + floor(b.r10 * array_length(u.leaves, 1))::int] END,
       b.dispatched_at,
       b.dispatched_at + INTERVAL '1 day',
       -- Signed for by the lead unit unless still DISPATCHED: 90 % within the day allowed.
       CASE WHEN b.dispatched_at IS NOT NULL AND b.status <> 'DISPATCHED' THEN least(TIMESTAMP :'now',
         b.dispatched_at + CASE WHEN b.n % 10 = 3 THEN INTERVAL '30 hours' ELSE (b.n % 20 + 1) * INTERVAL '1 hour' END) END,
       b.dispatched_at + INTERVAL '15 days',
       b.dispatched_at,
       b.replied_at,
       CASE WHEN b.replied_at IS NOT NULL THEN '已办理，答复如下。' END,
       CASE WHEN b.replied_at IS NOT NULL THEN 'rb' || u.handlers[1 + floor(b.r8 * array_length(u.handlers, 1))::int] END,
       CASE WHEN b.status IN ('CLOSED', 'FOLLOWED_UP') THEN
         CASE WHEN b.r11 < 0.65 THEN 'SOLVED' WHEN b.r11 < 0.8 THEN 'BEING_SOLVED'
              WHEN b.r11 < 0.9 THEN 'PLANNED' ELSE 'EXPLAINED' END END,
       CASE WHEN b.status IN ('CLOSED', 'FOLLOWED_UP') THEN b.closed END,
       -- 80 % of the followed-up cases carry the writer's rating, mostly content.
       CASE WHEN b.status = 'FOLLOWED_UP' AND b.r12 < 0.8 THEN
         CASE WHEN b.r13 < 0.45 THEN 'VERY_SATISFIED' WHEN b.r13 < 0.8 THEN 'SATISFIED'
              WHEN b.r13 < 0.9 THEN 'NEUTRAL' WHEN b.r13 < 0.96 THEN 'DISSATISFIED'
              ELSE 'VERY_DISSATISFIED' END END,
       -- 5 % of the closed were reopened once before their last closing.
       CASE WHEN b.status IN ('CLOSED', 'FOLLOWED_UP') AND b.r14 < 0.05 THEN 1 ELSE 0 END,
       CASE WHEN b.dispatched_at IS NOT NULL THEN 1 ELSE 0 END,
       -- Open cases are marked as waiting for the writer, which takes them off the ten-minute
       -- supervision sweep: it would otherwise raise steps for tens of thousands of old open cases
       -- while the figures are timed. No figure reads paused_since.
       CASE WHEN b.status IN ('DISPATCHED', 'IN_PROGRESS') THEN TIMESTAMP :'now' END
FROM bench_case b CROSS JOIN bench_units u CROSS JOIN bench_channel ch
JOIN bench_text t ON t.n = (b.n::bigint * 7919) % u.texts;

-- Reopened and open now: 1 % of the old replied cases were reopened after closing and are being
-- handled again in a new round (new dispatch and deadlines); the earlier reply is kept.
UPDATE case_file SET status = 'IN_PROGRESS', closed_at = NULL, outcome = NULL, satisfaction = NULL,
       reopen_count = reopen_count + 1, clock_round = clock_round + 1,
       dispatched_at = closed_at + INTERVAL '1 day', sign_off_due = closed_at + INTERVAL '2 days',
       signed_for_at = least(TIMESTAMP :'now', closed_at + INTERVAL '1 day 3 hours'),
       reply_due = closed_at + INTERVAL '16 days', paused_since = TIMESTAMP :'now'
WHERE id >= 10000000 AND status IN ('CLOSED', 'FOLLOWED_UP') AND id % 100 = 7
  AND closed_at < TIMESTAMP :'now' - INTERVAL '2 days';

-- The timeline: recorded, dispatched, signed for (the round's first, as signed_for_at), replied;
-- returns to triage by the unit first chosen (3 %); supervision actions on late cases.
INSERT INTO case_event (id, case_id, type, actor, occurred_at, from_status, to_status)
SELECT 10000000 + row_number() OVER (), e.* FROM (
  SELECT id, 'RECORDED', 'triage', received_at, NULL, 'NEW' FROM case_file WHERE id >= 10000000
  UNION ALL
  SELECT id, 'DISPATCH', 'triage', dispatched_at, 'ACCEPTED', 'DISPATCHED' FROM case_file
    WHERE id >= 10000000 AND dispatched_at IS NOT NULL
  UNION ALL
  SELECT id, 'SIGN_FOR', 'rb' || lead_unit_id, signed_for_at, 'DISPATCHED', 'IN_PROGRESS' FROM case_file
    WHERE id >= 10000000 AND signed_for_at IS NOT NULL
  UNION ALL
  SELECT id, 'RETURN_TO_TRIAGE', 'rb' || (SELECT (array_agg(x.id ORDER BY x.id))[1 + c.id % count(*)] FROM unit x
                                          WHERE x.kind IN ('CITY_DEPARTMENT', 'COUNTY_OR_DISTRICT')),
         dispatched_at - INTERVAL '2 hours', 'DISPATCHED', 'RETURNED' FROM case_file c
    WHERE id >= 10000000 AND dispatched_at IS NOT NULL AND id % 100 < 3
  UNION ALL
  SELECT id, CASE WHEN id % 50 = 0 THEN 'RECORD_ACCOUNTABILITY' WHEN id % 10 = 0 THEN 'ISSUE_NOTICE'
                  WHEN id % 4 = 0 THEN 'ISSUE_SUPERVISION_ORDER' ELSE 'URGE' END,
         'supervisor', least(TIMESTAMP :'now', reply_due + INTERVAL '1 day'), status, status FROM case_file
    WHERE id >= 10000000 AND reply_due < TIMESTAMP :'now' AND (replied_at IS NULL OR replied_at > reply_due)
  UNION ALL
  SELECT id, 'SUBMIT_REPLY', 'rb' || lead_unit_id, replied_at, 'IN_PROGRESS', 'REPLIED' FROM case_file
    WHERE id >= 10000000 AND replied_at IS NOT NULL
  UNION ALL
  SELECT id, 'REOPEN', 'triage', dispatched_at - INTERVAL '1 hour', 'CLOSED', 'DISPATCHED' FROM case_file
    WHERE id >= 10000000 AND reopen_count > 0
) e;
DROP TABLE bench_case;
ALTER TABLE case_file ENABLE TRIGGER USER;
ALTER TABLE case_event ENABLE TRIGGER USER;
\o /dev/null
SELECT case_tally_rebuild();
\o

-- Chief service: visits of the served firms at their cadence over the two years (85 % held), a
-- problem raised at 3 % of the held ones, and 30 policies each pushed to a share of the firms.
-- Loaded with the coverage tally's triggers off and counted once afterwards, as the cases are.
ALTER TABLE visit DISABLE TRIGGER USER;
ALTER TABLE visit_case DISABLE TRIGGER USER;
ALTER TABLE delivery DISABLE TRIGGER USER;
INSERT INTO visit (id, firm_id, officer_id, status, visit_date, people_met, summary, not_held_reason, created_at, version)
SELECT 10000000 + row_number() OVER (), f.id, f.officer_id,
       CASE WHEN (f.id + k) % 20 < 17 THEN 'HELD' ELSE 'NOT_HELD' END,
       (TIMESTAMP :'now')::date - k * f.visit_interval_days - (f.id % f.visit_interval_days)::int,
       '负责人', '走访了解生产经营情况', CASE WHEN (f.id + k) % 20 >= 17 THEN '企业负责人外出' END,
       TIMESTAMP :'now', 0
FROM firm f CROSS JOIN LATERAL generate_series(0, 730 / f.visit_interval_days - 1) k
WHERE f.officer_id IS NOT NULL;
INSERT INTO visit_case (visit_id, position, case_id, tracking_number, title)
SELECT v.id, 1, c.id, c.tracking_number, c.title FROM visit v
JOIN case_file c ON c.id = 10000000 + (v.id * 37) % :cases
WHERE v.status = 'HELD' AND v.id % 33 = 0;
INSERT INTO policy (id, title, issuer, effective_on, application_free, key_projects_only, pushed_at, pushed_by,
    created_at, version)
SELECT 10000000 + p, '惠企政策第' || p || '号', '市发展改革委', (TIMESTAMP :'now')::date - 730 + p * 24,
       p % 3 = 0, FALSE, TIMESTAMP :'now' - (730 - p * 24) * INTERVAL '1 day', 'admin', TIMESTAMP :'now', 0
FROM generate_series(0, 29) p;
INSERT INTO delivery (id, policy_id, firm_id, state, pushed_on, delivered_on, acknowledged_on, applied_on,
    redeemed_on, changed_by, version)
SELECT 10000000 + row_number() OVER (), p.id, f.id,
       CASE WHEN (f.id + p.id) % 4 = 0 THEN 'APPLIED' WHEN (f.id + p.id) % 10 < 7 THEN 'ACKNOWLEDGED' ELSE 'DELIVERED' END,
       p.effective_on, p.effective_on + 1,
       CASE WHEN (f.id + p.id) % 4 = 0 OR (f.id + p.id) % 10 < 7 THEN p.effective_on + 3 END,
       CASE WHEN (f.id + p.id) % 4 = 0 THEN p.effective_on + 20 END,
       CASE WHEN (f.id + p.id) % 12 = 0 THEN p.effective_on + 60 END,
       'admin', 0
FROM policy p JOIN firm f ON (f.id + p.id * 7) % 10 < 3
WHERE p.id >= 10000000 AND p.effective_on <= (TIMESTAMP :'now')::date;
ALTER TABLE visit ENABLE TRIGGER USER;
ALTER TABLE visit_case ENABLE TRIGGER USER;
ALTER TABLE delivery ENABLE TRIGGER USER;
\o /dev/null
SELECT coverage_tally_rebuild();
\o

\o /dev/null
SELECT setval('case_file_seq', 40000000), setval('case_event_seq', 40000000), setval('account_seq', 40000000),
       setval('visit_seq', 40000000), setval('policy_seq', 40000000), setval('delivery_seq', 40000000);
\o
