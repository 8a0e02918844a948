package cn.gov.bizenv.casetracking.platform.schema;

/**
 * A module's own set of Flyway migrations. Each module keeps its own history table, so that its
 * versions never collide with another module's; {@code SchemaMigration} runs them in order.
 */
public interface ModuleSchema {
  /** Lower runs first: case tracking is 0 because other modules refer to its units and accounts. */
  int order();

  /**
   * For example {@code casetracking}: the folder under {@code db/migration} and the history table
   * suffix.
   */
  String name();

  /** Migrations written in Java, for steps SQL cannot express; none by default. */
  default org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
    return new org.flywaydb.core.api.migration.JavaMigration[0];
  }
}
