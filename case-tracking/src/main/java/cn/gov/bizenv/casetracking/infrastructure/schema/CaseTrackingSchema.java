package cn.gov.bizenv.casetracking.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.schema.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Case tracking's migrations: units, accounts and cases. */
@ApplicationScoped
public class CaseTrackingSchema implements ModuleSchema {
  @Override
  public int order() {
    return 0;
  }

  @Override
  public String name() {
    return "casetracking";
  }

  @Override
  public org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
    return new org.flywaydb.core.api.migration.JavaMigration[] {
      new CaseSearchIndexMigration(),
      new ReportStatisticsMigration(),
      new EmbeddedListIndexMigration(),
      new ReportTallyMigration(),
      new SatisfiedRatingsTallyMigration()
    };
  }
}
