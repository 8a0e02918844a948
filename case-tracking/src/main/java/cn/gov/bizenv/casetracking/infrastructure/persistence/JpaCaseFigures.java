package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.model.report.CaseFigures;
import cn.gov.bizenv.casetracking.domain.model.report.CohortCell;
import cn.gov.bizenv.casetracking.domain.model.report.DayCount;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.HandledCell;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Report figures as JPQL aggregates. {@link #condition} holds the one WHERE clause of each figure;
 * counts, breakdowns, day series and drill-down lists all append it, so they agree by construction.
 * The city-wide dashboard and ranking read PostgreSQL's per-day tallies instead ({@link CaseTally},
 * whose facts follow the same definitions); drill-downs and single counts always read the cases.
 */
@ApplicationScoped
public class JpaCaseFigures implements CaseFigures {
  static final List<CaseStatus> OPEN = List.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
  static final List<CaseStatus> ANSWERED =
      List.of(CaseStatus.REPLIED, CaseStatus.CLOSED, CaseStatus.FOLLOWED_UP);
  static final List<Satisfaction> CONTENT =
      List.of(Satisfaction.SATISFIED, Satisfaction.VERY_SATISFIED);

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Inject CaseTally tally;

  /** The parts of REPLY_DUE that the tally keeps. */
  static final Set<Figure> TALLIED_DUE = EnumSet.of(Figure.ON_TIME, Figure.LATE, Figure.OVERDUE);

  /**
   * A report query with its values written into the SQL. Bound, they let PostgreSQL switch the
   * prepared statement to a generic plan after five runs, which cannot know how much of the table a
   * period covers (it assumes a sliver) and gives up the parallel index-only scans: at 1M cases the
   * ranking took 2.9 s on generic plans and 1.6 s on plans for its actual period. The values are
   * dates, enum names, ids and checked category codes, which EclipseLink writes escaped.
   */
  private <T> TypedQuery<T> query(String jpql, Class<T> type) {
    return em.createQuery(jpql, type).setHint("eclipselink.jdbc.bind-parameters", "false");
  }

  /** A WHERE clause over alias {@code c} and its parameters. */
  record Condition(String where, Map<String, Object> parameters) {
    <Q extends Query> Q bind(Q query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }

  /** The definition of each figure (documented on {@link Figure}); key narrows keyed figures. */
  static Condition condition(Figure figure, String key, FigureScope scope) {
    Map<String, Object> p = new HashMap<>();
    List<String> where = new ArrayList<>();
    p.put("start", scope.start());
    p.put("end", scope.end());
    String cohort = "c.receivedAt >= :start and c.receivedAt < :end";
    // A reply answers the current round of the clock only while the case stands on it (REPLIED,
    // CLOSED, FOLLOWED_UP): reopening restarts the clock but keeps the earlier reply, and a reply
    // sent back is no answer. (Timestamps have whole seconds, so comparing replied_at with the
    // round's dispatched_at cannot tell a reply from a reopening in the same second.)
    String replied = "c.repliedAt is not null and c.status in :answered";
    String replyDue =
        "c.replyDue >= :start and c.replyDue < :end and ((" + replied + ") or c.replyDue < :now)";
    String onTime = replied + " and c.repliedAt <= c.replyDue";
    switch (figure) {
      case RECEIVED -> where.add(cohort);
      case CHANNEL -> {
        where.add(cohort);
        if (key != null) {
          where.add("c.channel = :key");
          p.put("key", enumKey(Channel.class, key));
        }
      }
      case STATUS -> {
        where.add(cohort);
        if (key != null) {
          where.add("c.status = :key");
          p.put("key", enumKey(CaseStatus.class, key));
        }
      }
      case CATEGORY -> {
        where.add(cohort);
        where.add("c.category is not null");
        if (key != null) {
          if (!CategoryCode.isValid(key)) {
            throw new IllegalArgumentException("category code");
          }
          // A subtree is a code prefix; the shape check keeps LIKE wildcards out of the key.
          where.add("(c.category.code = :key or c.category.code like :keyPrefix)");
          p.put("key", key);
          p.put("keyPrefix", key + ".%");
        }
      }
      case LEAD_UNIT -> {
        where.add(cohort);
        where.add("c.leadUnit is not null");
        if (key != null) {
          where.add("c.leadUnit.id = :key");
          p.put("key", idKey(key));
        }
      }
      case DISTRICT -> {
        where.add(cohort);
        where.add("c.concernedUnit.kind = :district");
        p.put("district", UnitKind.COUNTY_OR_DISTRICT);
        if (key != null) {
          where.add("c.concernedUnit.id = :key");
          p.put("key", idKey(key));
        }
      }
      case CLOSED -> where.add("c.closedAt >= :start and c.closedAt < :end");
      case REPLY_DUE -> where.add(replyDue);
      case ON_TIME -> {
        where.add(replyDue);
        where.add(onTime);
      }
      case LATE -> {
        where.add(replyDue);
        where.add("(c.repliedAt is null or c.status not in :answered or c.repliedAt > c.replyDue)");
      }
      case OVERDUE -> {
        where.add("c.replyDue >= :start and c.replyDue < :end and c.replyDue < :now");
        where.add("c.status in :open");
        p.put("open", OPEN);
      }
      case HANDLED ->
          where.add(
              "c.repliedAt >= :start and c.repliedAt < :end and c.dispatchedAt is not null"
                  + " and c.status in :answered");
      case RATED -> {
        where.add(cohort);
        where.add("c.satisfaction is not null");
      }
      case SATISFIED -> {
        where.add(cohort);
        where.add("c.satisfaction in :content");
        p.put("content", CONTENT);
      }
      case CLOSED_ONCE -> {
        where.add(cohort);
        where.add("(c.closedAt is not null or c.reopenCount > 0)");
      }
      case REOPENED -> {
        where.add(cohort);
        where.add("c.reopenCount > 0");
      }
      case FIRM_REQUEST_SOLVED -> {
        where.add(cohort);
        where.add("c.channel = :firmRequest and c.status in :finished and c.outcome = :solved");
        p.put("firmRequest", Channel.FIRM_REQUEST);
        p.put("finished", List.of(CaseStatus.CLOSED, CaseStatus.FOLLOWED_UP));
        p.put("solved", CaseOutcome.SOLVED);
      }
    }
    String all = String.join(" and ", where);
    if (all.contains(":answered")) {
      p.put("answered", ANSWERED);
    }
    if (all.contains(":now")) {
      p.put("now", scope.now());
    }
    if (scope.districtId() != null) {
      all += " and c.concernedUnit.id = :scopeDistrict";
      p.put("scopeDistrict", scope.districtId());
    }
    if (scope.unitId() != null) {
      all += " and c.leadUnit.id = :scopeUnit";
      p.put("scopeUnit", scope.unitId());
    }
    // The batch narrows every figure the same way, so count, list and export still agree.
    if (scope.batchId() != null) {
      all += " and c.batch.id = :scopeBatch";
      p.put("scopeBatch", scope.batchId());
    }
    return new Condition(all, p);
  }

  private static <E extends Enum<E>> E enumKey(Class<E> type, String key) {
    return Enum.valueOf(type, key);
  }

  private static Long idKey(String key) {
    return Long.valueOf(key);
  }

  /**
   * What a figure's count counts: the date its clause limits to the period, which is therefore set
   * on every row it counts, so {@code count(date)} equals {@code count(c)}. JPQL {@code count(c)}
   * is {@code COUNT(id)}, which the narrow indexes a selective figure is found by (e.g. {@code
   * (status, reply_due)}, {@code (channel, received_at)}) cannot answer on their own; they all
   * carry the date.
   */
  static String counted(Figure figure) {
    return switch (figure.within()) {
      case REPLY_DUE -> "c.replyDue";
      case CLOSED -> "c.closedAt";
      case HANDLED -> "c.repliedAt";
      default -> "c.receivedAt";
    };
  }

  @Override
  public long count(Figure figure, String key, FigureScope scope) {
    Condition c = condition(figure, key, scope);
    return c.bind(
            query(
                "select count(" + counted(figure) + ") from CaseFile c where " + c.where(),
                Long.class))
        .getSingleResult();
  }

  /**
   * One pass over {@code base}'s rows: {@code select <groupBy>, count(c), sum(case when <part> then
   * 1 else 0 end)... where <base>}. Each part's own condition is evaluated on base's rows, which
   * include all of the part's rows (checked with {@link Figure#within()}), so each conditional
   * count equals the part's {@link #count}. The conditions share parameter names with equal values
   * (all come from the same scope); a clash would be a programming error.
   */
  private List<Object[]> pass(
      String groupBy, Figure base, List<Figure> parts, String extraWhere, FigureScope scope) {
    Condition b = condition(base, null, scope);
    Map<String, Object> parameters = new HashMap<>(b.parameters());
    StringBuilder select = new StringBuilder("select ");
    if (groupBy != null) {
      select.append(groupBy).append(", ");
    }
    select.append("count(").append(counted(base)).append(")");
    for (Figure part : parts) {
      if (part.within() != base) {
        throw new IllegalArgumentException(part + " is not within " + base);
      }
      Condition p = condition(part, null, scope);
      p.parameters()
          .forEach(
              (name, value) -> {
                Object earlier = parameters.putIfAbsent(name, value);
                if (earlier != null && !earlier.equals(value)) {
                  throw new IllegalStateException("parameter " + name + " differs between figures");
                }
              });
      // A NULL in ELSE would be bound as a VARCHAR parameter, which PostgreSQL cannot match with
      // the id; a sum of 1s and 0s binds integers.
      select.append(", sum(case when (").append(p.where()).append(") then 1 else 0 end)");
    }
    String jpql =
        select
            + " from CaseFile c where "
            + (extraWhere == null ? "" : extraWhere + " and ")
            + b.where()
            + (groupBy == null ? "" : " group by " + groupBy);
    return new Condition(jpql, parameters).bind(query(jpql, Object[].class)).getResultList();
  }

  @Override
  public Map<Figure, Long> counts(Figure base, List<Figure> parts, FigureScope scope) {
    if (base == Figure.REPLY_DUE && TALLIED_DUE.containsAll(parts) && tally.serves(scope)) {
      return talliedDue(parts, scope);
    }
    return countedFromCases(base, parts, scope);
  }

  /** REPLY_DUE and its parts: the days before today from the tally, today on from the cases. */
  private Map<Figure, Long> talliedDue(List<Figure> parts, FigureScope scope) {
    Map<Figure, Long> result = new EnumMap<>(Figure.class);
    result.put(Figure.REPLY_DUE, 0L);
    parts.forEach(part -> result.put(part, 0L));
    FigureScope past = CaseTally.pastDays(scope);
    if (past != null) {
      for (long[] unit : tally.replyDue(past)) {
        result.merge(Figure.REPLY_DUE, unit[1], Long::sum);
        result.computeIfPresent(Figure.ON_TIME, (k, n) -> n + unit[2]);
        result.computeIfPresent(Figure.LATE, (k, n) -> n + unit[1] - unit[2]);
        result.computeIfPresent(Figure.OVERDUE, (k, n) -> n + unit[3]);
      }
    }
    FigureScope rest = CaseTally.fromToday(scope);
    if (rest != null) {
      countedFromCases(Figure.REPLY_DUE, parts, rest)
          .forEach((k, n) -> result.merge(k, n, Long::sum));
    }
    return result;
  }

  private Map<Figure, Long> countedFromCases(Figure base, List<Figure> parts, FigureScope scope) {
    List<Object[]> rows = pass(null, base, parts, null, scope);
    Object[] row = rows.isEmpty() ? new Object[parts.size() + 1] : rows.get(0);
    Map<Figure, Long> result = new java.util.EnumMap<>(Figure.class);
    result.put(base, number(row[0]));
    for (int i = 0; i < parts.size(); i++) {
      result.put(parts.get(i), number(row[i + 1]));
    }
    return result;
  }

  @Override
  public List<CohortCell> cohortCells(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.cohortCells(scope);
    }
    String day = "cast(c.receivedAt as date)";
    List<Object[]> rows =
        pass(
            day + ", c.channel, c.status",
            Figure.RECEIVED,
            List.of(Figure.RATED, Figure.SATISFIED, Figure.CLOSED_ONCE, Figure.REOPENED),
            null,
            scope);
    return rows.stream()
        .map(
            r ->
                new CohortCell(
                    toDate(r[0]),
                    (Channel) r[1],
                    (CaseStatus) r[2],
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6]),
                    number(r[7])))
        .toList();
  }

  @Override
  public List<HandledCell> handledCells(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.handledCells(scope);
    }
    List<Object[]> rows =
        pass(
            "cast(c.dispatchedAt as date), cast(c.repliedAt as date)",
            Figure.HANDLED,
            List.of(),
            null,
            scope);
    return rows.stream()
        .map(r -> new HandledCell(toDate(r[0]), toDate(r[1]), number(r[2])))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public List<KeyCount> breakdown(Figure figure, FigureScope scope) {
    Condition c = condition(figure, null, scope);
    String jpql =
        switch (figure) {
          case CHANNEL ->
              "select c.channel, count(c) from CaseFile c where "
                  + c.where()
                  + " group by c.channel";
          case STATUS ->
              "select c.status, count(c) from CaseFile c where " + c.where() + " group by c.status";
          case LEAD_UNIT ->
              "select u.id, u.name, count(c) from CaseFile c join c.leadUnit u where "
                  + c.where()
                  + " group by u.id, u.name";
          case DISTRICT ->
              "select u.id, u.name, count(c) from CaseFile c join c.concernedUnit u where "
                  + c.where()
                  + " group by u.id, u.name";
          case CATEGORY -> null;
          default -> throw new IllegalArgumentException(figure + " has no breakdown");
        };
    if (figure == Figure.CATEGORY) {
      return categories(scope, 2).get(0);
    }
    if (tally.serves(scope) && figure == Figure.LEAD_UNIT) {
      return tally.leadUnits(scope);
    }
    if (tally.serves(scope) && figure == Figure.DISTRICT) {
      return tally.districts(scope);
    }
    List<Object[]> rows = c.bind(query(jpql, Object[].class)).getResultList();
    List<KeyCount> result = new ArrayList<>();
    for (Object[] row : rows) {
      if (row.length == 2) {
        String name = ((Enum<?>) row[0]).name();
        result.add(new KeyCount(name, name, ((Number) row[1]).longValue()));
      } else {
        result.add(
            new KeyCount(String.valueOf(row[0]), (String) row[1], ((Number) row[2]).longValue()));
      }
    }
    result.sort((a, b) -> Long.compare(b.count(), a.count()));
    return result;
  }

  @Override
  public List<KeyCount> secondLevelCategories(FigureScope scope) {
    return categories(scope, 5).get(0);
  }

  @Override
  public List<List<KeyCount>> categoryLevels(FigureScope scope) {
    return categories(scope, 2, 5);
  }

  /**
   * The cohort per code prefix: 2 characters are the level-1 code, 5 the level-2 code. The database
   * counts per category (GROUP BY code: at most one row per category, a few hundred), and the rows
   * are rolled up to each prefix length here, so both levels come from one pass; grouping by a
   * SUBSTRING in SQL fails on PostgreSQL because EclipseLink binds its arguments as parameters,
   * which makes the SELECT and GROUP BY expressions differ.
   */
  private List<List<KeyCount>> categories(FigureScope scope, int... prefixLengths) {
    Condition c = condition(Figure.CATEGORY, null, scope);
    List<Object[]> rows =
        tally.serves(scope)
            ? tally.categoryCounts(scope)
            : c.bind(
                    query(
                        "select k.code, count(c) from CaseFile c join c.category k where "
                            + c.where()
                            + " group by k.code",
                        Object[].class))
                .getResultList();
    List<Map<String, Long>> perPrefix = new ArrayList<>();
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (int prefixLength : prefixLengths) {
      Map<String, Long> counts = new java.util.TreeMap<>();
      for (Object[] row : rows) {
        String code = (String) row[0];
        if (code.length() >= prefixLength) {
          counts.merge(code.substring(0, prefixLength), ((Number) row[1]).longValue(), Long::sum);
        }
      }
      perPrefix.add(counts);
      codes.addAll(counts.keySet());
    }
    Map<String, String> names = new HashMap<>();
    if (!codes.isEmpty()) {
      query("select k.code, k.name from Category k where k.code in :codes", Object[].class)
          .setParameter("codes", List.copyOf(codes))
          .getResultList()
          .forEach(r -> names.put((String) r[0], (String) r[1]));
    }
    List<List<KeyCount>> result = new ArrayList<>();
    for (Map<String, Long> counts : perPrefix) {
      List<KeyCount> level = new ArrayList<>();
      counts.forEach(
          (code, count) -> level.add(new KeyCount(code, names.getOrDefault(code, code), count)));
      level.sort((x, y) -> Long.compare(y.count(), x.count()));
      result.add(level);
    }
    return result;
  }

  @Override
  public List<DayCount> receivedPerDay(FigureScope scope) {
    return perDay(Figure.RECEIVED, "c.receivedAt", scope);
  }

  @Override
  public List<DayCount> closedPerDay(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.closedPerDay(scope);
    }
    return perDay(Figure.CLOSED, "c.closedAt", scope);
  }

  @Override
  public List<DayCount> handledPerDispatchDay(FigureScope scope) {
    return perDay(Figure.HANDLED, "c.dispatchedAt", scope);
  }

  @Override
  public List<DayCount> handledPerReplyDay(FigureScope scope) {
    return perDay(Figure.HANDLED, "c.repliedAt", scope);
  }

  private List<DayCount> perDay(Figure figure, String timestamp, FigureScope scope) {
    Condition c = condition(figure, null, scope);
    String day = "cast(" + timestamp + " as date)";
    List<Object[]> rows =
        c.bind(
                query(
                    "select "
                        + day
                        + ", count(c) from CaseFile c where "
                        + c.where()
                        + " group by "
                        + day,
                    Object[].class))
            .getResultList();
    return rows.stream().map(r -> new DayCount(toDate(r[0]), ((Number) r[1]).longValue())).toList();
  }

  static LocalDate toDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    if (value instanceof java.time.LocalDateTime time) {
      return time.toLocalDate();
    }
    return LocalDate.parse(String.valueOf(value).substring(0, 10));
  }

  @Override
  public List<UnitMeasures> unitMeasures(FigureScope scope) {
    Map<Long, long[]> perUnit = new java.util.TreeMap<>();
    boolean tallied = tally.serves(scope);
    // Figures of due dates wait for the clock: with the tally, its days before today count from
    // it and the rest from the cases (see CaseTally.pastDays).
    FigureScope pastDue = tallied ? CaseTally.pastDays(scope) : null;
    FigureScope dueFromCases = tallied ? CaseTally.fromToday(scope) : scope;
    if (pastDue != null) {
      for (long[] r : tally.replyDue(pastDue)) {
        if (r[0] != 0) {
          add(perUnit, r[0], 2, r[1], r[2]);
        }
      }
      for (long[] r : tally.signOff(pastDue)) {
        add(perUnit, r[0], 0, r[1], r[2]);
      }
    }
    if (dueFromCases != null) {
      dueFromCases(perUnit, dueFromCases);
    }
    if (tallied) {
      for (long[] r : tally.unitCohorts(scope)) {
        cohort(perUnit, r[0], r[2], r[3], r[4], r[5]);
      }
      for (long[] r : tally.dispatched(scope)) {
        add(perUnit, r[0], 8, r[1]);
      }
      for (SupervisionCount s : tally.supervision(scope)) {
        add(perUnit, s.unitId(), 10, s.count());
      }
    } else {
      cohortAndActionsFromCases(perUnit, scope);
    }
    // Returns are charged to the unit of the person who returned the case (the lead unit is gone).
    for (Object[] row :
        query(
                "select a.unit.id, count(e) from CaseEvent e, Account a where a.username = e.actor"
                    + " and e.type = :returned and e.occurredAt >= :start and e.occurredAt < :end"
                    + " group by a.unit.id",
                Object[].class)
            .setParameter("returned", CaseEventType.RETURN_TO_TRIAGE)
            .setParameter("start", scope.start())
            .setParameter("end", scope.end())
            .getResultList()) {
      add(perUnit, number(row[0]), 9, number(row[1]));
    }
    if (scope.unitId() != null) {
      perUnit.keySet().retainAll(java.util.Set.of(scope.unitId()));
    }
    if (perUnit.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = new HashMap<>();
    query("select u.id, u.name from Unit u where u.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(perUnit.keySet()))
        .getResultList()
        .forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
    List<UnitMeasures> result = new ArrayList<>();
    perUnit.forEach(
        (id, n) ->
            result.add(
                new UnitMeasures(
                    id,
                    names.get(id),
                    n[0],
                    n[1],
                    n[2],
                    n[3],
                    n[4],
                    n[5],
                    n[6],
                    n[7],
                    n[8],
                    n[9],
                    n[10])));
    return result;
  }

  static final List<CaseEventType> SUPERVISION_ACTIONS =
      List.of(
          CaseEventType.URGE,
          CaseEventType.ISSUE_SUPERVISION_ORDER,
          CaseEventType.ISSUE_NOTICE,
          CaseEventType.RECORD_ACCOUNTABILITY);

  private static <Q extends Query> Q bindPeriod(Q query, FigureScope scope) {
    query.setParameter("start", scope.start());
    query.setParameter("end", scope.end());
    query.setParameter("now", scope.now());
    return query;
  }

  /** Reply-due and sign-off per lead unit, counted from the cases (slots 2, 3 and 0, 1). */
  private void dueFromCases(Map<Long, long[]> perUnit, FigureScope scope) {
    for (Object[] row :
        pass(
            "c.leadUnit.id",
            Figure.REPLY_DUE,
            List.of(Figure.ON_TIME),
            "c.leadUnit is not null",
            scope)) {
      add(perUnit, number(row[0]), 2, number(row[1]), number(row[2]));
    }
    // Sign-off: due in the period and signed for or past due; on time when the round's sign-for
    // (signed_for_at, cleared by each new round) came by sign_off_due.
    for (Object[] row :
        bindPeriod(
                query(
                    "select c.leadUnit.id, count(c),"
                        + " sum(case when c.signedForAt <= c.signOffDue then 1 else 0 end)"
                        + " from CaseFile c where c.leadUnit is not null"
                        + " and c.signOffDue >= :start and c.signOffDue < :end"
                        + " and (c.status <> :dispatched or c.signOffDue < :now)"
                        + " group by c.leadUnit.id",
                    Object[].class),
                scope)
            .setParameter("dispatched", CaseStatus.DISPATCHED)
            .getResultList()) {
      add(perUnit, number(row[0]), 0, number(row[1]), number(row[2]));
    }
  }

  /** The cohort's subsets, dispatches and supervision actions per lead unit, from the cases. */
  private void cohortAndActionsFromCases(Map<Long, long[]> perUnit, FigureScope scope) {
    for (Object[] row :
        pass(
            "c.leadUnit.id",
            Figure.RECEIVED,
            List.of(Figure.RATED, Figure.SATISFIED, Figure.CLOSED_ONCE, Figure.REOPENED),
            "c.leadUnit is not null",
            scope)) {
      cohort(
          perUnit, number(row[0]), number(row[2]), number(row[3]), number(row[4]), number(row[5]));
    }
    for (Object[] row :
        query(
                "select c.leadUnit.id, count(c) from CaseFile c where c.leadUnit is not null and"
                    + " c.dispatchedAt >= :start and c.dispatchedAt < :end group by c.leadUnit.id",
                Object[].class)
            .setParameter("start", scope.start())
            .setParameter("end", scope.end())
            .getResultList()) {
      add(perUnit, number(row[0]), 8, number(row[1]));
    }
    for (Object[] row :
        query(
                "select c.leadUnit.id, count(e) from CaseEvent e, CaseFile c where e.caseId = c.id"
                    + " and c.leadUnit is not null and e.type in :supervision"
                    + " and e.occurredAt >= :start and e.occurredAt < :end group by c.leadUnit.id",
                Object[].class)
            .setParameter("supervision", SUPERVISION_ACTIONS)
            .setParameter("start", scope.start())
            .setParameter("end", scope.end())
            .getResultList()) {
      add(perUnit, number(row[0]), 10, number(row[1]));
    }
  }

  /**
   * The cohort's subsets go to slots 4..7; its own count is not a measure, and a unit with none of
   * the subsets is not listed for them (as when each was counted on its own).
   */
  private static void cohort(
      Map<Long, long[]> perUnit,
      long unit,
      long rated,
      long satisfied,
      long closedOnce,
      long reopened) {
    if (rated + satisfied + closedOnce + reopened != 0) {
      add(perUnit, unit, 4, rated, satisfied, closedOnce, reopened);
    }
  }

  /** Adds the values to a unit's slots from {@code first} on. */
  private static void add(Map<Long, long[]> perUnit, long unit, int first, long... values) {
    long[] n = perUnit.computeIfAbsent(unit, k -> new long[11]);
    for (int i = 0; i < values.length; i++) {
      n[first + i] += values[i];
    }
  }

  @Override
  public List<KeyCount> perLeadUnit(Figure figure, FigureScope scope) {
    Condition c = condition(figure, null, scope);
    List<Object[]> rows =
        c.bind(
                query(
                    "select u.id, u.name, count(c) from CaseFile c join c.leadUnit u where "
                        + c.where()
                        + " group by u.id, u.name",
                    Object[].class))
            .getResultList();
    List<KeyCount> result = new ArrayList<>();
    for (Object[] row : rows) {
      result.add(
          new KeyCount(String.valueOf(row[0]), (String) row[1], ((Number) row[2]).longValue()));
    }
    result.sort(
        (a, b) ->
            a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.key().compareTo(b.key()));
    return result;
  }

  @Override
  public List<SupervisionCount> supervisionPerUnit(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.supervision(scope);
    }
    // The same events the ranking's supervision component counts: charged to the case's lead unit.
    String scoped =
        (scope.districtId() == null ? "" : " and c.concernedUnit.id = :scopeDistrict")
            + (scope.unitId() == null ? "" : " and c.leadUnit.id = :scopeUnit");
    TypedQuery<Object[]> query =
        query(
            "select u.id, u.name, e.type, count(e) from CaseEvent e, CaseFile c join c.leadUnit u"
                + " where e.caseId = c.id and e.type in :supervision"
                + " and e.occurredAt >= :start and e.occurredAt < :end"
                + scoped
                + " group by u.id, u.name, e.type",
            Object[].class);
    query
        .setParameter("supervision", SUPERVISION_ACTIONS)
        .setParameter("start", scope.start())
        .setParameter("end", scope.end());
    if (scope.districtId() != null) {
      query.setParameter("scopeDistrict", scope.districtId());
    }
    if (scope.unitId() != null) {
      query.setParameter("scopeUnit", scope.unitId());
    }
    return query.getResultList().stream()
        .map(
            r ->
                new SupervisionCount(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (CaseEventType) r[2],
                    ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public List<CaseFile> longestOverdue(FigureScope scope, int limit) {
    return cases(Figure.OVERDUE, null, scope, 0, limit);
  }

  /**
   * Overdue cases are listed longest overdue first, as supervisors work them (and as the bulletin
   * lists them): newest first, PostgreSQL walked the received_at index back through the recent
   * cases, none of them overdue yet (52 ms at 1M cases for a 3.4 ms count); by due date the first
   * overdue ones are near the period's start. Every other list is newest first.
   */
  static String order(Figure figure) {
    return figure == Figure.OVERDUE ? "c.replyDue asc, c.id asc" : "c.receivedAt desc, c.id desc";
  }

  @Override
  public List<CaseFile> cases(Figure figure, String key, FigureScope scope, int offset, int limit) {
    Condition c = condition(figure, key, scope);
    TypedQuery<CaseFile> query =
        query(
            "select c from CaseFile c join fetch c.concernedUnit left join fetch c.leadUnit"
                + " left join fetch c.category where "
                + c.where()
                + " order by "
                + order(figure),
            CaseFile.class);
    return c.bind(query).setFirstResult(offset).setMaxResults(limit).getResultList();
  }
}
