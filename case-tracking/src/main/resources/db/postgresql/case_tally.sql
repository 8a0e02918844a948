-- Migration 16.1 of case tracking (ReportTallyMigration, PostgreSQL only): the city-wide report
-- figures kept as counts per day, so that the year dashboard and the ranking read a few thousand
-- rows instead of passing over half a million cases several times.
--
-- Each case contributes "facts": (fact, day, span, channel, label, unit_id, ref_id, flags), one per
-- figure family (see case_tally_facts). Triggers write the change of a case's facts as delta rows
-- (-1 for each fact it had, +1 for each it has now) in the case's own transaction; the portal folds
-- the deltas into case_tally every few seconds (case_tally_fold). A reader sums case_tally and the
-- unfolded deltas (case_tally_current), which in any one snapshot equals counting the cases
-- themselves: the deltas are written and folded in the same transactions as the changes they
-- record. Writers never update a shared counter, so concurrent intake does not queue on one row.
--
-- Columns unused by a fact hold '' or 0, so that one primary key covers every fact.

CREATE TABLE case_tally (
    fact     VARCHAR(20) NOT NULL,
    day      DATE        NOT NULL,
    span     INTEGER     NOT NULL DEFAULT 0,
    channel  VARCHAR(40) NOT NULL DEFAULT '',
    label    VARCHAR(40) NOT NULL DEFAULT '',
    unit_id  BIGINT      NOT NULL DEFAULT 0,
    ref_id   BIGINT      NOT NULL DEFAULT 0,
    flags    SMALLINT    NOT NULL DEFAULT 0,
    n        BIGINT      NOT NULL,
    PRIMARY KEY (fact, day, span, channel, label, unit_id, ref_id, flags)
);

CREATE TABLE case_tally_delta (
    fact     VARCHAR(20) NOT NULL,
    day      DATE        NOT NULL,
    span     INTEGER     NOT NULL,
    channel  VARCHAR(40) NOT NULL,
    label    VARCHAR(40) NOT NULL,
    unit_id  BIGINT      NOT NULL,
    ref_id   BIGINT      NOT NULL,
    flags    SMALLINT    NOT NULL,
    n        BIGINT      NOT NULL
);
CREATE INDEX case_tally_delta_idx ON case_tally_delta (fact, day);

CREATE VIEW case_tally_current AS
    SELECT fact, day, span, channel, label, unit_id, ref_id, flags, n FROM case_tally
    UNION ALL
    SELECT fact, day, span, channel, label, unit_id, ref_id, flags, n FROM case_tally_delta;

-- The facts of one case. Each mirrors a figure's definition in reports.FigureDefinitions:
--   RECEIVED  day received; channel, label = status; flags 1 rated, 2 satisfied, 4 closed once,
--             8 reopened (the cohort's subsets)
--   RECEIVED_UNIT      day received; unit_id = lead unit; flags as RECEIVED
--   RECEIVED_CATEGORY  day received; label = the category's code cut to its level-2 prefix
--             (the dashboard shows levels 1 and 2; codes are fixed at creation), 4x fewer rows than
--             one per level-3 category
--   RECEIVED_CONCERNED day received; unit_id = concerned unit
--   CLOSED    day closed
--   HANDLED   day replied (answered and dispatched); span = days since the dispatch day
--   REPLY_DUE day of reply_due; unit_id = lead unit or 0; flags 1 answered, 2 answered on time,
--             4 open (DISPATCHED or IN_PROGRESS)
--   SIGN_OFF  day of sign_off_due; unit_id = lead unit or 0; flags 1 no longer DISPATCHED,
--             2 signed for by the due time
--   DISPATCHED day dispatched; unit_id = lead unit or 0
-- Supervision actions (SUPERVISION: day of the action, label = its type, unit_id = the case's lead
-- unit) come from case_event, see case_tally_track_event.
CREATE FUNCTION case_tally_facts(c case_file)
RETURNS TABLE (fact VARCHAR, day DATE, span INTEGER, channel VARCHAR, label VARCHAR, unit_id BIGINT,
               ref_id BIGINT, flags SMALLINT)
LANGUAGE sql STABLE AS $$
  WITH v AS (SELECT
      c.replied_at IS NOT NULL AND c.status IN ('REPLIED', 'CLOSED', 'FOLLOWED_UP') AS answered,
      (CASE WHEN c.satisfaction IS NOT NULL THEN 1 ELSE 0 END
       + CASE WHEN c.satisfaction IN ('SATISFIED', 'VERY_SATISFIED') THEN 2 ELSE 0 END
       + CASE WHEN c.closed_at IS NOT NULL OR c.reopen_count > 0 THEN 4 ELSE 0 END
       + CASE WHEN c.reopen_count > 0 THEN 8 ELSE 0 END)::SMALLINT AS cohort)
  SELECT 'RECEIVED'::VARCHAR, c.received_at::date, 0, c.channel::VARCHAR, c.status::VARCHAR, 0::BIGINT, 0::BIGINT,
         v.cohort FROM v
  UNION ALL
  SELECT 'RECEIVED_UNIT', c.received_at::date, 0, '', '', c.lead_unit_id, 0, v.cohort FROM v
   WHERE c.lead_unit_id IS NOT NULL
  UNION ALL
  SELECT 'RECEIVED_CATEGORY', c.received_at::date, 0, '', left(k.code, 5), 0, 0, 0::SMALLINT
    FROM category k WHERE k.id = c.category_id
  UNION ALL
  SELECT 'RECEIVED_CONCERNED', c.received_at::date, 0, '', '', c.concerned_unit_id, 0, 0::SMALLINT
  UNION ALL
  SELECT 'CLOSED', c.closed_at::date, 0, '', '', 0, 0, 0::SMALLINT WHERE c.closed_at IS NOT NULL
  UNION ALL
  SELECT 'HANDLED', c.replied_at::date, c.replied_at::date - c.dispatched_at::date, '', '', 0, 0, 0::SMALLINT
    FROM v WHERE v.answered AND c.dispatched_at IS NOT NULL
  UNION ALL
  SELECT 'REPLY_DUE', c.reply_due::date, 0, '', '', coalesce(c.lead_unit_id, 0), 0,
         (CASE WHEN v.answered THEN 1 ELSE 0 END
          + CASE WHEN v.answered AND c.replied_at <= c.reply_due THEN 2 ELSE 0 END
          + CASE WHEN c.status IN ('DISPATCHED', 'IN_PROGRESS') THEN 4 ELSE 0 END)::SMALLINT
    FROM v WHERE c.reply_due IS NOT NULL
  UNION ALL
  SELECT 'SIGN_OFF', c.sign_off_due::date, 0, '', '', coalesce(c.lead_unit_id, 0), 0,
         (CASE WHEN c.status <> 'DISPATCHED' THEN 1 ELSE 0 END
          + CASE WHEN c.signed_for_at <= c.sign_off_due THEN 2 ELSE 0 END)::SMALLINT
   WHERE c.sign_off_due IS NOT NULL
  UNION ALL
  SELECT 'DISPATCHED', c.dispatched_at::date, 0, '', '', coalesce(c.lead_unit_id, 0), 0, 0::SMALLINT
   WHERE c.dispatched_at IS NOT NULL
$$;

CREATE FUNCTION case_tally_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_tally_delta (fact, day, span, channel, label, unit_id, ref_id, flags, n)
  SELECT f.fact, f.day, f.span, f.channel, f.label, f.unit_id, f.ref_id, f.flags, sum(f.n)
    FROM (SELECT o.*, -1 AS n FROM case_tally_facts(OLD) o WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT w.*, 1 AS n FROM case_tally_facts(NEW) w WHERE TG_OP <> 'DELETE') f
   GROUP BY f.fact, f.day, f.span, f.channel, f.label, f.unit_id, f.ref_id, f.flags
  HAVING sum(f.n) <> 0;
  -- Supervision actions count for the case's lead unit of the moment: a new lead takes them over.
  IF TG_OP = 'UPDATE' AND OLD.lead_unit_id IS DISTINCT FROM NEW.lead_unit_id THEN
    INSERT INTO case_tally_delta (fact, day, span, channel, label, unit_id, ref_id, flags, n)
    SELECT 'SUPERVISION', e.occurred_at::date, 0, '', e.type, u.unit_id, 0, 0, u.n * count(*)
      FROM case_event e
      CROSS JOIN (VALUES (OLD.lead_unit_id, -1), (NEW.lead_unit_id, 1)) AS u (unit_id, n)
     WHERE e.case_id = NEW.id AND u.unit_id IS NOT NULL
       AND e.type IN ('URGE', 'ISSUE_SUPERVISION_ORDER', 'ISSUE_NOTICE', 'RECORD_ACCOUNTABILITY')
     GROUP BY e.occurred_at::date, e.type, u.unit_id, u.n;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION case_tally_track_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e case_event;
BEGIN
  IF TG_OP = 'DELETE' THEN
    e := OLD;
  ELSE
    e := NEW;
  END IF;
  INSERT INTO case_tally_delta (fact, day, span, channel, label, unit_id, ref_id, flags, n)
  SELECT 'SUPERVISION', e.occurred_at::date, 0, '', e.type, c.lead_unit_id, 0, 0,
         CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END
    FROM case_file c WHERE c.id = e.case_id AND c.lead_unit_id IS NOT NULL;
  RETURN NULL;
END $$;

CREATE FUNCTION case_tally_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE case_tally, case_tally_delta;
  RETURN NULL;
END $$;

-- Only a change of a column some fact reads writes deltas.
CREATE TRIGGER case_tally_insert AFTER INSERT OR DELETE ON case_file
    FOR EACH ROW EXECUTE FUNCTION case_tally_track();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_file FOR EACH ROW
    WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.channel IS DISTINCT FROM NEW.channel
       OR OLD.status IS DISTINCT FROM NEW.status OR OLD.satisfaction IS DISTINCT FROM NEW.satisfaction
       OR OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.reopen_count IS DISTINCT FROM NEW.reopen_count
       OR OLD.lead_unit_id IS DISTINCT FROM NEW.lead_unit_id OR OLD.category_id IS DISTINCT FROM NEW.category_id
       OR OLD.concerned_unit_id IS DISTINCT FROM NEW.concerned_unit_id
       OR OLD.replied_at IS DISTINCT FROM NEW.replied_at OR OLD.dispatched_at IS DISTINCT FROM NEW.dispatched_at
       OR OLD.reply_due IS DISTINCT FROM NEW.reply_due OR OLD.sign_off_due IS DISTINCT FROM NEW.sign_off_due
       OR OLD.signed_for_at IS DISTINCT FROM NEW.signed_for_at)
    EXECUTE FUNCTION case_tally_track();
CREATE TRIGGER case_tally_truncate AFTER TRUNCATE ON case_file
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_reset();
-- Events are appended, never changed; deleting one (with its case) takes it out again.
CREATE TRIGGER case_tally_event_insert AFTER INSERT ON case_event FOR EACH ROW
    WHEN (NEW.type IN ('URGE', 'ISSUE_SUPERVISION_ORDER', 'ISSUE_NOTICE', 'RECORD_ACCOUNTABILITY'))
    EXECUTE FUNCTION case_tally_track_event();
CREATE TRIGGER case_tally_event_delete AFTER DELETE ON case_event FOR EACH ROW
    WHEN (OLD.type IN ('URGE', 'ISSUE_SUPERVISION_ORDER', 'ISSUE_NOTICE', 'RECORD_ACCOUNTABILITY'))
    EXECUTE FUNCTION case_tally_track_event();

-- Folds the deltas committed so far into case_tally; a delta committed meanwhile waits for the next
-- fold. Returns how many delta rows were folded.
CREATE FUNCTION case_tally_fold() RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
  folded BIGINT;
BEGIN
  WITH moved AS (DELETE FROM case_tally_delta RETURNING *),
       summed AS (SELECT fact, day, span, channel, label, unit_id, ref_id, flags, sum(n) AS n, count(*) AS deltas
                    FROM moved GROUP BY fact, day, span, channel, label, unit_id, ref_id, flags),
       upserted AS (INSERT INTO case_tally (fact, day, span, channel, label, unit_id, ref_id, flags, n)
                    SELECT fact, day, span, channel, label, unit_id, ref_id, flags, n FROM summed
                    ON CONFLICT (fact, day, span, channel, label, unit_id, ref_id, flags)
                    DO UPDATE SET n = case_tally.n + excluded.n)
  SELECT coalesce(sum(deltas), 0) INTO folded FROM summed;
  RETURN folded;
END $$;

-- Every fact counted from the cases and their events again: what case_tally_current must add up to.
CREATE VIEW case_tally_recount AS
    SELECT f.fact, f.day, f.span, f.channel, f.label, f.unit_id, f.ref_id, f.flags, count(*) AS n
      FROM case_file c CROSS JOIN LATERAL case_tally_facts(c) f
     GROUP BY f.fact, f.day, f.span, f.channel, f.label, f.unit_id, f.ref_id, f.flags
    UNION ALL
    SELECT 'SUPERVISION', e.occurred_at::date, 0, '', e.type, c.lead_unit_id, 0, 0, count(*)
      FROM case_event e JOIN case_file c ON c.id = e.case_id
     WHERE c.lead_unit_id IS NOT NULL
       AND e.type IN ('URGE', 'ISSUE_SUPERVISION_ORDER', 'ISSUE_NOTICE', 'RECORD_ACCOUNTABILITY')
     GROUP BY e.occurred_at::date, e.type, c.lead_unit_id;

-- Replaces the tallies by the recount: the migration's first fill, and the way back after a bulk
-- load with the triggers disabled.
CREATE FUNCTION case_tally_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE case_file IN SHARE MODE;
  TRUNCATE case_tally, case_tally_delta;
  INSERT INTO case_tally (fact, day, span, channel, label, unit_id, ref_id, flags, n)
  SELECT fact, day, span, channel, label, unit_id, ref_id, flags, n FROM case_tally_recount;
  ANALYZE case_tally;
END $$;

SELECT case_tally_rebuild();
