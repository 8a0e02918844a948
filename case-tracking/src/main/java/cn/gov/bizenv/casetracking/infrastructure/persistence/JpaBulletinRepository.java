package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.bulletin.Bulletin;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinRepository;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Bulletins in JPA; lists are paged by the database. */
@ApplicationScoped
public class JpaBulletinRepository implements BulletinRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<Bulletin> find(long id) {
    return Optional.ofNullable(em.find(Bulletin.class, id));
  }

  @Override
  public void add(Bulletin bulletin) {
    em.persist(bulletin);
    em.flush();
  }

  @Override
  public List<Bulletin> find(BulletinStatus status, int offset, int limit) {
    return em.createQuery(
            "select b from Bulletin b where b.status = :status"
                + " order by b.periodTo desc, b.id desc",
            Bulletin.class)
        .setParameter("status", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(BulletinStatus status) {
    return em.createQuery("select count(b) from Bulletin b where b.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  @Override
  public int nextDocumentNumber(int year) {
    Integer highest =
        em.createQuery(
                "select max(b.documentNumber) from Bulletin b where b.documentYear = :year",
                Integer.class)
            .setParameter("year", year)
            .getSingleResult();
    return highest == null ? 1 : highest + 1;
  }
}
