package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Deliveries in the relational database; reports are GROUP BY counts of the step columns. */
@ApplicationScoped
public class JpaDeliveryRepository implements DeliveryRepository {
  private static final SortOrder<Delivery> SORT =
      new SortOrder<>(
          Map.of(
              "pushedOn", root -> root.get("pushedOn"),
              "state", root -> root.get("state"),
              "firm", root -> root.get("firm").get("name"),
              "policy", root -> root.get("policy").get("title")),
          "pushedOn",
          false);

  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Override
  public Optional<Delivery> find(long id) {
    return Optional.ofNullable(em.find(Delivery.class, id));
  }

  @Override
  public void add(Delivery delivery) {
    em.persist(delivery);
  }

  @Override
  public List<Delivery> find(DeliveryCriteria criteria, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Delivery> query = cb.createQuery(Delivery.class);
    Root<Delivery> root = query.from(Delivery.class);
    root.fetch("policy");
    root.fetch("firm");
    query.where(predicates(criteria, cb, root)).orderBy(SORT.of(page, cb, root));
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(DeliveryCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Delivery> root = query.from(Delivery.class);
    query.select(cb.count(root)).where(predicates(criteria, cb, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public Set<Long> firmsReached(long policyId) {
    return new HashSet<>(
        em.createQuery("select d.firm.id from Delivery d where d.policy.id = :policy", Long.class)
            .setParameter("policy", policyId)
            .getResultList());
  }

  @Override
  public List<ReachCount> reach(ReachGrouping grouping, Long policyId) {
    String key =
        switch (grouping) {
          case POLICY -> "d.policy.id";
          case DISTRICT -> "f.districtId";
          case OFFICER -> "f.officerId";
        };
    TypedQuery<Object[]> query =
        em.createQuery(
            "select "
                + key
                + ", count(d), count(d.deliveredOn), count(d.acknowledgedOn), count(d.appliedOn),"
                + " count(d.redeemedOn) from Delivery d join d.firm f"
                + (policyId == null ? "" : " where d.policy.id = :policy")
                + " group by "
                + key
                + " order by count(d) desc",
            Object[].class);
    if (policyId != null) {
      query.setParameter("policy", policyId);
    }
    List<ReachCount> counts = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      counts.add(
          new ReachCount(
              row[0] == null ? null : ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              ((Number) row[2]).longValue(),
              ((Number) row[3]).longValue(),
              ((Number) row[4]).longValue(),
              ((Number) row[5]).longValue()));
    }
    return counts;
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static Predicate[] predicates(
      DeliveryCriteria criteria, CriteriaBuilder cb, Root<Delivery> root) {
    List<Predicate> where = new ArrayList<>();
    if (criteria.policyId() != null) {
      where.add(cb.equal(root.get("policy").get("id"), criteria.policyId()));
    }
    if (criteria.firmId() != null) {
      where.add(cb.equal(root.get("firm").get("id"), criteria.firmId()));
    }
    if (criteria.state() != null) {
      where.add(cb.equal(root.get("state"), criteria.state()));
    }
    if (criteria.officerId() != null) {
      where.add(cb.equal(root.get("firm").get("officerId"), criteria.officerId()));
    }
    if (criteria.visibleToOfficer() != null) {
      where.add(cb.equal(root.get("firm").get("officerId"), criteria.visibleToOfficer()));
    }
    return where.toArray(Predicate[]::new);
  }
}
