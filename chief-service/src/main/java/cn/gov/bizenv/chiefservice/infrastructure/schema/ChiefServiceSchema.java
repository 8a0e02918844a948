package cn.gov.bizenv.chiefservice.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.schema.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chief service's migrations: industries, firms, assignments, visits, policies and deliveries. They
 * run after case tracking's (order 10 after 0) because firms refer to its units and accounts.
 */
@ApplicationScoped
public class ChiefServiceSchema implements ModuleSchema {
  @Override
  public int order() {
    return 10;
  }

  @Override
  public String name() {
    return "chiefservice";
  }

  @Override
  public org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
    return new org.flywaydb.core.api.migration.JavaMigration[] {new CoverageTallyMigration()};
  }
}
