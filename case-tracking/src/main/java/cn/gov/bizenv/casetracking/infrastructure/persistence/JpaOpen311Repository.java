package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.open311.ApiKey;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Criteria;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Repository;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Request;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Open311 keys and requests in the relational database; request filters run in the query. */
@ApplicationScoped
public class JpaOpen311Repository implements Open311Repository {
  private static final List<CaseStatus> OPEN =
      Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void addKey(ApiKey key) {
    em.persist(key);
  }

  @Override
  public Optional<ApiKey> findKey(long id) {
    return Optional.ofNullable(em.find(ApiKey.class, id));
  }

  @Override
  public Optional<ApiKey> findKeyByHash(String keyHash) {
    return em.createQuery("select k from ApiKey k where k.keyHash = :hash", ApiKey.class)
        .setParameter("hash", keyHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiKey> keys() {
    return em.createQuery(
            "select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
        .getResultList();
  }

  @Override
  public void addRequest(Open311Request request) {
    em.persist(request);
  }

  @Override
  public List<Open311Request> find(Open311Criteria criteria, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (criteria.trackingNumbers() != null && !criteria.trackingNumbers().isEmpty()) {
      where.add("c.trackingNumber in :numbers");
      parameters.put("numbers", criteria.trackingNumbers());
    }
    if (criteria.serviceCode() != null) {
      where.add("r.serviceCode = :code");
      parameters.put("code", criteria.serviceCode());
    }
    if (criteria.from() != null) {
      where.add("c.receivedAt >= :from");
      parameters.put("from", criteria.from());
    }
    if (criteria.to() != null) {
      where.add("c.receivedAt <= :to");
      parameters.put("to", criteria.to());
    }
    if (criteria.open() != null) {
      where.add(criteria.open() ? "c.status in :open" : "c.status not in :open");
      parameters.put("open", OPEN);
    }
    String jpql =
        "select r from Open311Request r join fetch r.caseFile c"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by c.receivedAt desc, c.id desc";
    TypedQuery<Open311Request> query = em.createQuery(jpql, Open311Request.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }
}
