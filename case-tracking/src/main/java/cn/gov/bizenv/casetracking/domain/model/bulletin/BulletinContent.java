package cn.gov.bizenv.casetracking.domain.model.bulletin;

import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything a bulletin shows, as of one moment: computed from the live figures while the bulletin
 * is open, read from its snapshot once approved.
 *
 * @param asOf the moment against which "overdue" was judged (the approval, once frozen)
 * @param overdueByUnit the overdue figure per lead unit (key: unit id), largest first
 * @param notableChosen whether the supervisor picked the notable cases (false: the longest overdue)
 * @param series cases received and closed per day or week of the period, for the trend chart (empty
 *     in bulletins approved before it was kept)
 */
public record BulletinContent(
    LocalDate from,
    LocalDate to,
    LocalDateTime asOf,
    Figures figures,
    List<KeyCount> overdueByUnit,
    List<SupervisedUnit> supervisedUnits,
    List<NotableCase> notableCases,
    boolean notableChosen,
    List<RankedUnit> ranking,
    String foreword,
    List<SeriesPoint> series) {
  public BulletinContent {
    series = series == null ? List.of() : List.copyOf(series);
    overdueByUnit = List.copyOf(overdueByUnit);
    supervisedUnits = List.copyOf(supervisedUnits);
    notableCases = List.copyOf(notableCases);
    ranking = List.copyOf(ranking);
  }

  /** The headline figures, each the dashboard's figure of the same name for the same period. */
  public record Figures(
      long received,
      long closed,
      long replyDue,
      long onTime,
      Double onTimeRate,
      long overdue,
      long rated,
      long satisfied,
      Double satisfactionRate) {}

  /** A unit whose cases drew supervision actions in the period, counted per rung of the ladder. */
  public record SupervisedUnit(
      long unitId, String unitName, long urges, long orders, long notices, long accountabilities) {}

  /**
   * A notable case: what it is, who leads it, its status name, its reply deadline, the whole days
   * it is overdue (null when not overdue) and the supervisor's remark.
   */
  public record NotableCase(
      long caseId,
      String trackingNumber,
      String title,
      String leadUnitName,
      String status,
      LocalDateTime replyDue,
      Long daysOverdue,
      String remark) {}

  /** One unit of the ranking as shown in the bulletin. */
  public record RankedUnit(
      Integer place, long unitId, String unitName, Double score, Double trend) {}
}
