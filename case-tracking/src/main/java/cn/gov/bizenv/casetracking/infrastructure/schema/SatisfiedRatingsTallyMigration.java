package cn.gov.bizenv.casetracking.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.schema.PostgresScriptMigration;

/**
 * Migration 17.1 of case tracking, PostgreSQL only: the report tallies count 基本满意 and above as
 * satisfied, the one definition of 满意率 ({@code db/postgresql/case_tally_satisfied.sql}), and are
 * counted again (about a minute per million cases).
 */
public class SatisfiedRatingsTallyMigration extends PostgresScriptMigration {
  public SatisfiedRatingsTallyMigration() {
    super("17.1", "satisfied ratings in the tally", 171, "/db/postgresql/case_tally_satisfied.sql");
  }
}
