package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.infrastructure.schema.EmbeddedSchema;
import cn.gov.bizenv.casetracking.platform.persistence.DatabaseFeatures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The report figures over the sample cases on an in-memory H2 with case tracking's migrations and
 * the EclipseLink that Payara runs: the queries the embedded database answers, outside a container.
 */
final class FiguresOnH2 implements AutoCloseable {
  /** The sample units' names by id (see {@link SampleCase}). */
  static final Map<Long, String> UNITS =
      Map.of(
          SampleCase.DISTRICT, "东区",
          SampleCase.DEPARTMENT, "市发展改革委",
          SampleCase.HOUSING, "市住房城乡建设局",
          SampleCase.MARKET, "市市场监管局");

  static final String OFFICER = "market.officer";

  final JpaCaseFigures figures;
  private final EntityManagerFactory factory;
  private final EntityManager em;

  private FiguresOnH2(DataSource database) {
    factory =
        Persistence.createEntityManagerFactory(
            "casetracking",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", database,
                "eclipselink.weaving", "false"));
    em = factory.createEntityManager();
    ReportQueries queries = new ReportQueries();
    queries.em = em;
    CaseTally tally = new CaseTally();
    tally.em = em;
    tally.database =
        new DatabaseFeatures() {
          @Override
          public boolean postgres() {
            return false;
          }
        };
    CategoryLevels categories = new CategoryLevels(queries, tally);
    figures =
        new JpaCaseFigures(
            new FigureCounts(queries, tally),
            new FigureBreakdowns(queries, tally, categories),
            categories,
            new RankingInputs(queries, tally),
            new FigureCases(queries));
  }

  /** A fresh database holding the samples and the case events given as (case, type, time). */
  static FiguresOnH2 holding(List<SampleCase> samples, List<Object[]> events) throws SQLException {
    DataSource database = EmbeddedSchema.migrated("figures");
    try (Connection connection = database.getConnection()) {
      for (Map.Entry<Long, String> unit : UNITS.entrySet()) {
        update(
            connection,
            "INSERT INTO unit (id, name, kind, active, created_at, version)"
                + " VALUES (?, ?, ?, TRUE, TIMESTAMP '2026-01-01 00:00:00', 0)",
            unit.getKey(),
            unit.getValue(),
            unit.getKey() == SampleCase.DISTRICT ? "COUNTY_OR_DISTRICT" : "CITY_DEPARTMENT");
      }
      update(
          connection,
          "INSERT INTO account (id, username, display_name, password_hash, unit_id, active,"
              + " version) VALUES (1, ?, '市场科员', 'x', ?, TRUE, 0)",
          OFFICER,
          SampleCase.MARKET);
      update(
          connection,
          "INSERT INTO intake_batch (id, batch_number, source_document, imported_by, imported_at,"
              + " case_count, version) VALUES (?, 'PC2026001', '交办函', 'admin',"
              + " TIMESTAMP '2026-03-13 08:00:00', 2, 0)",
          SampleCase.BATCH);
      for (SampleCase c : samples) {
        insert(connection, c);
      }
      long id = 1;
      for (Object[] event : events) {
        update(
            connection,
            "INSERT INTO case_event (id, case_id, type, actor, occurred_at, to_status)"
                + " VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS')",
            id++,
            event[0],
            ((CaseEventType) event[1]).name(),
            OFFICER,
            event[2]);
      }
    }
    return new FiguresOnH2(database);
  }

  private static void insert(Connection connection, SampleCase c) throws SQLException {
    update(
        connection,
        "INSERT INTO case_file (id, tracking_number, channel, title, content, concerned_unit_id,"
            + " status, received_at, recorded_by, version, category_id, lead_unit_id, batch_id,"
            + " dispatched_at, sign_off_due, signed_for_at, reply_due, replied_at, closed_at,"
            + " outcome, satisfaction, reopen_count)"
            + " VALUES (?, ?, ?, ?, '内容', ?, ?, ?, 'recorder', 0,"
            + " (SELECT id FROM category WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.id,
        "S" + c.id,
        c.channel.name(),
        c.name,
        c.concernedUnitId,
        c.status.name(),
        c.receivedAt,
        c.categoryCode,
        c.leadUnitId,
        c.batchId,
        c.dispatchedAt,
        c.signOffDue,
        c.signedForAt,
        c.replyDue,
        c.repliedAt,
        c.closedAt,
        c.outcome == null ? null : c.outcome.name(),
        c.satisfaction == null ? null : c.satisfaction.name(),
        c.reopenCount);
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object value =
            values[i] instanceof LocalDateTime time ? Timestamp.valueOf(time) : values[i];
        statement.setObject(i + 1, value);
      }
      statement.executeUpdate();
    }
  }

  @Override
  public void close() {
    em.close();
    factory.close();
  }
}
