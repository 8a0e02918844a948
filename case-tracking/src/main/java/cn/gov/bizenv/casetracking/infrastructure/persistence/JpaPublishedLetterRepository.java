package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MonthlyFigures;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetter;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterCriteria;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterRepository;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.infrastructure.search.SearchText;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Published letters in the relational database. The list is filtered and paged in the database; the
 * monthly figures are SQL aggregates over one month of the mailbox channel's cases (the (channel,
 * received_at) index), grouped by the top-level category reached through the tree.
 */
@ApplicationScoped
public class JpaPublishedLetterRepository implements PublishedLetterRepository {
  // A case counts as accepted once it has left triage without being refused or merged.
  private static final String FIGURES_SQL =
      "SELECT top.name, COUNT(*), SUM(CASE WHEN c.status IN"
          + " ('ACCEPTED','DISPATCHED','RETURNED','IN_PROGRESS','REPLIED',  "
          + " 'CLOSED','FOLLOWED_UP') THEN 1 ELSE 0 END), SUM(CASE WHEN c.status IN"
          + " ('CLOSED','FOLLOWED_UP') THEN 1 ELSE 0 END), SUM(CASE WHEN c.status IN"
          + " ('CLOSED','FOLLOWED_UP') AND c.reply_due IS NOT NULL   AND c.closed_at <= c.reply_due"
          + " THEN 1 ELSE 0 END), SUM(CASE WHEN c.satisfaction IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.satisfaction IN ("
          + Satisfaction.satisfied().stream()
              .map(rating -> "'" + rating.name() + "'")
              .collect(Collectors.joining(","))
          + ") THEN 1"
          + " ELSE 0 END), MIN(top.sort_order) FROM case_file c LEFT JOIN category l3 ON l3.id ="
          + " c.category_id LEFT JOIN category l2 ON l2.id = l3.parent_id LEFT JOIN category top ON"
          + " top.id = l2.parent_id WHERE c.channel = ? AND c.received_at >= ? AND c.received_at <"
          + " ? GROUP BY top.id, top.name";

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(PublishedLetter letter) {
    em.persist(letter);
  }

  @Override
  public Optional<PublishedLetter> findByCaseId(long caseId) {
    return em.createQuery(
            "select p from PublishedLetter p where p.caseId = :caseId", PublishedLetter.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void remove(PublishedLetter letter) {
    em.remove(letter);
  }

  @Override
  public List<PublishedLetter> find(PublishedLetterCriteria criteria, PageRequest page) {
    TypedQuery<PublishedLetter> query =
        query(
            "select p from PublishedLetter p",
            criteria,
            " order by p.receivedAt desc, p.id desc",
            PublishedLetter.class);
    return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
  }

  @Override
  public long count(PublishedLetterCriteria criteria) {
    return query("select count(p) from PublishedLetter p", criteria, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, PublishedLetterCriteria criteria, String order, Class<T> type) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    // The case search's query language: every word, "a phrase", -excluded (SearchText).
    SearchText.Words words = SearchText.words(criteria.text());
    for (int i = 0; i < words.required().size(); i++) {
      where.add(textMatches(":word" + i));
      parameters.put("word" + i, SortOrder.containsPattern(words.required().get(i)));
    }
    for (int i = 0; i < words.excluded().size(); i++) {
      where.add("not " + textMatches(":excluded" + i));
      parameters.put("excluded" + i, SortOrder.containsPattern(words.excluded().get(i)));
    }
    if (criteria.categoryCode() != null) {
      where.add("(p.categoryCode = :code or p.categoryCode like :subtree)");
      parameters.put("code", criteria.categoryCode());
      parameters.put("subtree", criteria.categoryCode() + ".%");
    }
    if (criteria.month() != null) {
      where.add("p.receivedAt >= :from and p.receivedAt < :to");
      parameters.put("from", criteria.month().atDay(1).atStartOfDay());
      parameters.put("to", criteria.month().plusMonths(1).atDay(1).atStartOfDay());
    }
    String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
    TypedQuery<T> query = em.createQuery(jpql, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String textMatches(String parameter) {
    return "(lower(p.title) like "
        + parameter
        + " escape '\\' or lower(p.content) like "
        + parameter
        + " escape '\\' or lower(p.reply) like "
        + parameter
        + " escape '\\')";
  }

  @Override
  public List<MonthlyFigures> monthlyFigures(YearMonth month) {
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(FIGURES_SQL)
            .setParameter(1, Channel.MAYOR_MAILBOX.name())
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList();
    // Few rows (one per top-level category): ordered here, unclassified last, on both databases.
    return rows.stream()
        .sorted(
            java.util.Comparator.comparing(
                (Object[] row) -> row[7] == null ? Integer.MAX_VALUE : number(row[7]).intValue()))
        .map(
            row ->
                new MonthlyFigures(
                    (String) row[0],
                    number(row[1]).longValue(),
                    number(row[2]).longValue(),
                    number(row[3]).longValue(),
                    number(row[4]).longValue(),
                    number(row[5]).longValue(),
                    number(row[6]).longValue()))
        .toList();
  }

  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }
}
