-- Migration 17.1 of case tracking, PostgreSQL only: 满意率 has one definition, 基本满意 and above
-- (Satisfaction.isSatisfied, every rating that is not a 差评), as the public monthly statistics
-- already counted it. The case facts' satisfied flag (2 of RECEIVED's cohort flags) follows, and the
-- tallies are counted again from the cases.
CREATE OR REPLACE FUNCTION case_tally_facts(c case_file)
RETURNS TABLE (fact VARCHAR, day DATE, span INTEGER, channel VARCHAR, label VARCHAR, unit_id BIGINT,
               ref_id BIGINT, flags SMALLINT)
LANGUAGE sql STABLE AS $$
  WITH v AS (SELECT
      c.replied_at IS NOT NULL AND c.status IN ('REPLIED', 'CLOSED', 'FOLLOWED_UP') AS answered,
      (CASE WHEN c.satisfaction IS NOT NULL THEN 1 ELSE 0 END
       + CASE WHEN c.satisfaction IN ('NEUTRAL', 'SATISFIED', 'VERY_SATISFIED') THEN 2 ELSE 0 END
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

SELECT case_tally_rebuild();
