package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.report.Granularity;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import java.util.List;

/**
 * Every dashboard figure for one period; each count is the figure of the same name in {@link
 * cn.gov.bizenv.casetracking.domain.model.report.Figure}, and each rate is a percent with one
 * decimal (null when its base is empty).
 */
public record Dashboard(
    ReportPeriod period,
    long received,
    long closed,
    List<KeyCount> byChannel,
    List<KeyCount> byStatus,
    List<KeyCount> byTopCategory,
    List<KeyCount> bySecondCategory,
    List<KeyCount> byLeadUnit,
    List<KeyCount> byDistrict,
    Granularity granularity,
    List<SeriesPoint> series,
    long replyDue,
    long onTime,
    Double onTimeRate,
    long overdue,
    long handled,
    Double averageHandlingWorkingDays,
    long rated,
    long satisfied,
    Double satisfactionRate,
    long closedOnce,
    long reopened,
    Double reopenRate) {
  /**
   * The same figures with the channel and status rows labelled for a reader (their keys stay the
   * enum names a client filters by).
   */
  public Dashboard labelled(
      java.util.function.Function<String, String> channelName,
      java.util.function.Function<String, String> statusName) {
    return new Dashboard(
        period,
        received,
        closed,
        relabel(byChannel, channelName),
        relabel(byStatus, statusName),
        byTopCategory,
        bySecondCategory,
        byLeadUnit,
        byDistrict,
        granularity,
        series,
        replyDue,
        onTime,
        onTimeRate,
        overdue,
        handled,
        averageHandlingWorkingDays,
        rated,
        satisfied,
        satisfactionRate,
        closedOnce,
        reopened,
        reopenRate);
  }

  private static List<KeyCount> relabel(
      List<KeyCount> rows, java.util.function.Function<String, String> name) {
    return rows.stream()
        .map(row -> new KeyCount(row.key(), name.apply(row.key()), row.count()))
        .toList();
  }
}
