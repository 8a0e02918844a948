package cn.gov.bizenv.casetracking.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.persistence.DatabaseFeatures;
import cn.gov.bizenv.casetracking.platform.schema.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything reads it: every module's Flyway migrations run at
 * start-up, on the embedded H2 database and on PostgreSQL alike. The data source is defined here,
 * its settings read from MicroProfile Config so that the database is chosen without rebuilding.
 */
@DataSourceDefinition(
    name = DatabaseFeatures.DATA_SOURCE,
    className = "${MPCONFIG=portal.db.datasource}",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = 64,
    maxIdleTime = 300)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DatabaseFeatures.DATA_SOURCE)
  DataSource dataSource;

  @Inject Instance<ModuleSchema> schemas;

  @PostConstruct
  void migrate() {
    schemas.stream()
        .sorted(Comparator.comparingInt(ModuleSchema::order))
        .forEach(this::migrateModule);
  }

  // Not an overload of migrate(): the container finds the @PostConstruct method by name only, and
  // picked this one now and then ("wrong number of arguments").
  private void migrateModule(ModuleSchema schema) {
    var result =
        Flyway.configure(schema.getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + schema.name())
            .table("flyway_history_" + schema.name())
            .javaMigrations(schema.javaMigrations())
            // Every module after the first finds the schema non-empty (the others' tables) and no
            // history of its own; a baseline at version 0 lets its V1 and later still run.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "schema "
                + schema.name()
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
  }
}
