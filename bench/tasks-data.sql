-- Supervision tasks at a city's scale for bench/tasks.sh: :tasks tasks (ids from 1,000,000, so that
-- the sequences stay clear of them) led by the demo's groups, departments and districts, three
-- milestones each, cooperating units, :reports progress reports spread over them, a tenth 逾期 and a
-- tenth 已销号. Run with psql -v tasks=… -v reports=…
BEGIN;
CREATE TEMP TABLE leads AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM unit WHERE kind <> 'LEADING_GROUP_OFFICE';
INSERT INTO task (id, source_kind, source_reference, source_date, content, target, lead_unit_id,
                  responsible_person, deadline, cadence, status, percent_complete, started_on,
                  next_milestone_on, last_report_on, last_progress, overdue_since, plan_status,
                  source_case_id, created_at, created_by, version)
SELECT 1000000 + g,
       (ARRAY['MEETING_DECISION','ACTION_PLAN','HIGHER_INSPECTION','SUPERVISION_FINDING'])[1 + g % 4],
       '第' || g || '项', NULL,
       '优化营商环境重点任务第' || g || '项：推进政务服务事项全程网办与企业开办一日办结',
       '办理时限压缩50%',
       (SELECT id FROM leads WHERE n = 1 + g % (SELECT count(*) FROM leads)),
       '责任人' || (g % 97),
       DATE '2026-01-01' + (g % 700),
       (ARRAY['WEEKLY','MONTHLY','QUARTERLY','AT_MILESTONE'])[1 + g % 4],
       CASE WHEN g % 10 = 0 THEN 'OVERDUE' WHEN g % 10 = 1 THEN 'CLOSED' WHEN g % 10 < 5 THEN 'NOT_STARTED'
            ELSE 'IN_PROGRESS' END,
       g % 100, DATE '2025-06-01' + (g % 200),
       DATE '2026-01-01' + (g % 700) - 30, DATE '2026-06-01' + (g % 150), '完成阶段工作',
       CASE WHEN g % 10 = 0 THEN DATE '2026-06-01' + (g % 150) END, NULL, NULL,
       TIMESTAMP '2025-06-01 09:00:00' + (g % 200) * INTERVAL '1 day', 'triage', 0
FROM generate_series(1, :tasks) AS g;
INSERT INTO task_milestone (id, task_id, seq, title, due_on, met_on, met_note)
SELECT 1000000 + (t - 1000000) * 3 + s, t, s, '节点' || s,
       (SELECT deadline FROM task WHERE id = t) - (4 - s) * 60, NULL, NULL
FROM generate_series(1000001, 1000000 + :tasks) AS t, generate_series(1, 3) AS s;
INSERT INTO task_cooperating_unit (task_id, unit_id)
SELECT t.id, l.id FROM task t JOIN leads l ON l.n = 1 + (t.id + 7) % (SELECT count(*) FROM leads)
WHERE t.id >= 1000000 AND l.id <> t.lead_unit_id;
INSERT INTO task_report (id, task_id, period_key, due_on, done, next_steps, problems, percent_complete,
                         filed_by, filed_at)
SELECT 1000000 + r, 1000000 + 1 + (r % :tasks), '2026-' || lpad((1 + r / :tasks % 12)::text, 2, '0'),
       DATE '2026-02-04', '完成第' || r || '次阶段工作', '继续推进', NULL, r % 100, 'unit',
       TIMESTAMP '2026-01-05 10:00:00' + (r % 300) * INTERVAL '1 day'
FROM generate_series(1, :reports) AS r;
COMMIT;
