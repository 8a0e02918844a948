package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.domain.model.visit.Visit;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Visits in the relational database. */
@ApplicationScoped
public class JpaVisitRepository implements VisitRepository {
  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Override
  public Optional<Visit> find(long id) {
    return Optional.ofNullable(em.find(Visit.class, id));
  }

  @Override
  public Optional<Visit> raising(long caseId) {
    return em
        .createQuery(
            "select v from Visit v join v.raisedCases c where c.caseId = :caseId", Visit.class)
        .setParameter("caseId", caseId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(Visit visit) {
    em.persist(visit);
  }

  @Override
  public List<Visit> ofFirm(long firmId, PageRequest page) {
    return em.createQuery(
            "select v from Visit v where v.firmId = :firm order by v.visitDate desc, v.id desc",
            Visit.class)
        .setParameter("firm", firmId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countOfFirm(long firmId) {
    return em.createQuery("select count(v) from Visit v where v.firmId = :firm", Long.class)
        .setParameter("firm", firmId)
        .getSingleResult();
  }

  @Override
  public List<Visit> ofOfficer(long officerId, VisitStatus status, PageRequest page) {
    return em.createQuery(
            "select v from Visit v where v.officerId = :officer and v.status = :status"
                + " order by v.visitDate, v.id",
            Visit.class)
        .setParameter("officer", officerId)
        .setParameter("status", status)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countOfOfficer(long officerId, VisitStatus status) {
    return em.createQuery(
            "select count(v) from Visit v where v.officerId = :officer and v.status = :status",
            Long.class)
        .setParameter("officer", officerId)
        .setParameter("status", status)
        .getSingleResult();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
