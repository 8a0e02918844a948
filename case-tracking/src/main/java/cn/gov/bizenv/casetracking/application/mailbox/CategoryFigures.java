package cn.gov.bizenv.casetracking.application.mailbox;

import cn.gov.bizenv.casetracking.domain.model.mailbox.MonthlyFigures;

/**
 * One line of the monthly statistics with its rates in percent (null when nothing to divide by).
 *
 * @param categoryName the top-level category; null for letters not classified (or the total line)
 */
public record CategoryFigures(
    String categoryName,
    long received,
    long accepted,
    long replied,
    long onTime,
    long rated,
    long satisfied,
    Double onTimeRate,
    Double satisfactionRate) {
  public static CategoryFigures of(MonthlyFigures figures) {
    return new CategoryFigures(
        figures.categoryName(),
        figures.received(),
        figures.accepted(),
        figures.replied(),
        figures.onTime(),
        figures.rated(),
        figures.satisfied(),
        figures.onTimeRate(),
        figures.satisfactionRate());
  }
}
