package cn.gov.bizenv.casetracking.infrastructure.search;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the search index reads from the database: the outbox's entries in order, and the cases as
 * documents. Runs in its own transactions, called by the index's replay and rebuild tasks.
 */
@Stateless
public class CaseIndexFeed {
  /** An outbox entry: which case changed. */
  public record Change(long id, long caseId) {}

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  /**
   * Entries after {@code position}, those of {@code gaps} (ids skipped earlier, which a transaction
   * still running may yet commit) and, with {@code since}, every entry written since then; in id
   * order, at most {@code limit}.
   */
  public List<Change> changes(
      long position, Collection<Long> gaps, LocalDateTime since, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT id, case_id FROM case_index_change WHERE id > ?1");
    if (!gaps.isEmpty()) {
      sql.append(" OR id IN (");
      int i = 0;
      for (Long gap : gaps) {
        sql.append(i++ == 0 ? "" : ",").append(gap.longValue());
      }
      sql.append(')');
    }
    if (since != null) {
      sql.append(" OR changed_at >= ?2");
    }
    sql.append(" ORDER BY id");
    var query = em.createNativeQuery(sql.toString()).setParameter(1, position);
    if (since != null) {
      query.setParameter(2, since);
    }
    List<Change> changes = new ArrayList<>();
    for (Object row : query.setMaxResults(limit).getResultList()) {
      Object[] columns = (Object[]) row;
      changes.add(new Change(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
    }
    return changes;
  }

  /** The newest entry's id, 0 when there is none. */
  public long lastChange() {
    Object max = em.createNativeQuery("SELECT MAX(id) FROM case_index_change").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  /** Removes the entries written before the time; returns how many. */
  public int prune(LocalDateTime before) {
    return em.createNativeQuery("DELETE FROM case_index_change WHERE changed_at < ?1")
        .setParameter(1, before)
        .executeUpdate();
  }

  public long caseCount() {
    return em.createQuery("select count(c) from CaseFile c", Long.class).getSingleResult();
  }

  /** The cases with these ids that exist, as documents. */
  public List<CaseDocument> documents(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return documents(
        em.createQuery(
                "select c from CaseFile c join fetch c.concernedUnit left join fetch c.leadUnit"
                    + " left join fetch c.batch where c.id in :ids",
                CaseFile.class)
            .setParameter("ids", List.copyOf(ids))
            .setHint("eclipselink.batch", "c.assistingUnits")
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.read-only", "true")
            .getResultList());
  }

  /** The next cases in id order after {@code afterId}, as documents (a rebuild's batches). */
  public List<CaseDocument> documentsAfter(long afterId, int limit) {
    return documents(
        em.createQuery(
                "select c from CaseFile c join fetch c.concernedUnit left join fetch c.leadUnit"
                    + " left join fetch c.batch where c.id > :after order by c.id",
                CaseFile.class)
            .setParameter("after", afterId)
            .setHint("eclipselink.batch", "c.assistingUnits")
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.read-only", "true")
            .setMaxResults(limit)
            .getResultList());
  }

  private static List<CaseDocument> documents(List<CaseFile> cases) {
    return cases.stream().map(CaseIndexFeed::document).toList();
  }

  static CaseDocument document(CaseFile c) {
    Unit concerned = c.getConcernedUnit();
    List<Unit> assisting = List.copyOf(c.getAssistingUnits());
    return new CaseDocument(
        c.getId(),
        c.getTrackingNumber(),
        c.getTitle(),
        c.getContent(),
        c.getCategory() == null ? null : c.getCategory().getCode(),
        c.getCategory() == null ? null : c.getCategory().path(),
        c.getChannel(),
        c.getStatus(),
        concerned.getId(),
        concerned.getName(),
        concerned.getKind() == UnitKind.COUNTY_OR_DISTRICT ? concerned.getId() : null,
        c.getLeadUnit() == null ? null : c.getLeadUnit().getId(),
        c.getLeadUnit() == null ? null : c.getLeadUnit().getName(),
        assisting.stream().map(Unit::getId).toList(),
        assisting.stream().map(Unit::getName).toList(),
        c.getReceivedAt(),
        c.getClosedAt(),
        c.getBatch() == null ? null : c.getBatch().getId());
  }
}
