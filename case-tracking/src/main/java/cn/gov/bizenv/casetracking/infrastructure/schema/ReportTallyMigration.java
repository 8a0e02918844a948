package cn.gov.bizenv.casetracking.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.schema.PostgresScriptMigration;

/**
 * Migration 16 of case tracking, PostgreSQL only: the per-day tallies of the city-wide report
 * figures, kept by triggers and folded by the portal ({@code db/postgresql/case_tally.sql} explains
 * them). H2, the embedded demo database, counts report figures from the cases. The first fill
 * counts every case once (about a minute per million cases).
 */
public class ReportTallyMigration extends PostgresScriptMigration {
  public ReportTallyMigration() {
    super("16", "report tally", 160, "/db/postgresql/case_tally.sql");
  }
}
