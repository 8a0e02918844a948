package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRuleRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Time-limit rules in the relational database. */
@ApplicationScoped
public class JpaTimeLimitRuleRepository implements TimeLimitRuleRepository {
  private static final SortOrder<TimeLimitRule> SORT =
      new SortOrder<>(
          Map.of(
              "channel", root -> root.get("channel"),
              "categoryCode", root -> root.get("categoryCode")),
          "channel",
          true);

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<TimeLimitRule> find(long id) {
    return Optional.ofNullable(em.find(TimeLimitRule.class, id));
  }

  @Override
  public Optional<TimeLimitRule> findExactly(Channel channel, String categoryCode) {
    String code = TimeLimitRule.normalisedCode(categoryCode);
    String where = code == null ? "r.categoryCode is null" : "r.categoryCode = :code";
    var query =
        em.createQuery(
                "select r from TimeLimitRule r where r.channel = :channel and " + where,
                TimeLimitRule.class)
            .setParameter("channel", channel);
    if (code != null) {
      query.setParameter("code", code);
    }
    return query.getResultStream().findFirst();
  }

  @Override
  public List<TimeLimitRule> find(Channel channel, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<TimeLimitRule> query = cb.createQuery(TimeLimitRule.class);
    Root<TimeLimitRule> root = query.from(TimeLimitRule.class);
    // Within a channel the default rule (no category) comes first, then categories by code.
    List<Order> order = new ArrayList<>(SORT.of(page, cb, root));
    order.add(
        order.size() - 1,
        cb.asc(cb.selectCase().when(cb.isNull(root.get("categoryCode")), 0).otherwise(1)));
    order.add(order.size() - 1, cb.asc(root.get("categoryCode")));
    query.where(predicates(channel, cb, root)).orderBy(order);
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(Channel channel) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<TimeLimitRule> root = query.from(TimeLimitRule.class);
    query.select(cb.count(root)).where(predicates(channel, cb, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public void add(TimeLimitRule rule) {
    em.persist(rule);
    em.flush();
  }

  @Override
  public void remove(TimeLimitRule rule) {
    em.remove(rule);
    flush();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.staleVersion();
    }
  }

  private static Predicate[] predicates(
      Channel channel, CriteriaBuilder cb, Root<TimeLimitRule> root) {
    return channel == null
        ? new Predicate[0]
        : new Predicate[] {cb.equal(root.get("channel"), channel)};
  }
}
