package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.audit.AuditEntry;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as rows of {@code audit_event}, written and read with plain SQL: there is no entity
 * that could be changed and merged back, and no update or delete statement.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void append(
      LocalDateTime at,
      String actor,
      AuditEventType event,
      String subject,
      String address,
      String detail) {
    em.createNativeQuery(
            "INSERT INTO audit_event (occurred_at, actor, event, subject, address, detail)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, Timestamp.valueOf(at))
        .setParameter(2, actor)
        .setParameter(3, event.name())
        .setParameter(4, subject)
        .setParameter(5, address)
        .setParameter(6, detail)
        .executeUpdate();
  }

  @Override
  public List<AuditEntry> find(
      String actor,
      AuditEventType event,
      LocalDateTime from,
      LocalDateTime until,
      int offset,
      int limit) {
    Filter filter = new Filter(actor, event, from, until);
    Query query =
        filter.bind(
            em.createNativeQuery(
                "SELECT id, occurred_at, actor, event, subject, address, detail FROM audit_event"
                    + filter.where
                    + " ORDER BY occurred_at DESC, id DESC"));
    query.setFirstResult(offset).setMaxResults(limit);
    List<AuditEntry> entries = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      entries.add(
          new AuditEntry(
              ((Number) columns[0]).longValue(),
              time(columns[1]),
              (String) columns[2],
              AuditEventType.valueOf((String) columns[3]),
              (String) columns[4],
              (String) columns[5],
              (String) columns[6]));
    }
    return entries;
  }

  @Override
  public long count(String actor, AuditEventType event, LocalDateTime from, LocalDateTime until) {
    Filter filter = new Filter(actor, event, from, until);
    Object count =
        filter
            .bind(em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + filter.where))
            .getSingleResult();
    return ((Number) count).longValue();
  }

  private static LocalDateTime time(Object column) {
    return column instanceof Timestamp timestamp
        ? timestamp.toLocalDateTime()
        : (LocalDateTime) column;
  }

  /** The WHERE clause of the given filters and their parameters, in order. */
  private static final class Filter {
    final String where;
    private final List<Object> parameters = new ArrayList<>();

    Filter(String actor, AuditEventType event, LocalDateTime from, LocalDateTime until) {
      List<String> conditions = new ArrayList<>();
      if (actor != null) {
        parameters.add(actor);
        conditions.add("actor = ?" + parameters.size());
      }
      if (event != null) {
        parameters.add(event.name());
        conditions.add("event = ?" + parameters.size());
      }
      if (from != null) {
        parameters.add(Timestamp.valueOf(from));
        conditions.add("occurred_at >= ?" + parameters.size());
      }
      if (until != null) {
        parameters.add(Timestamp.valueOf(until));
        conditions.add("occurred_at < ?" + parameters.size());
      }
      where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Query bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }
}
