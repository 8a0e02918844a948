package cn.gov.bizenv.chiefservice.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.schema.PostgresScriptMigration;

/**
 * Migration 6 of chief service, PostgreSQL only: officer coverage kept as per-day and per-month
 * counts and per-officer sets of visit days ({@code db/postgresql/coverage_tally.sql} explains
 * them). H2, the embedded demo database, counts coverage from the visits and deliveries.
 */
public class CoverageTallyMigration extends PostgresScriptMigration {
  public CoverageTallyMigration() {
    super("6", "coverage tally", 60, "/db/postgresql/coverage_tally.sql");
  }
}
