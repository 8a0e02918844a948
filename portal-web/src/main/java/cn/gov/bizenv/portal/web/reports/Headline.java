package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.domain.model.report.Figure;

/**
 * The headline figures of the dashboard, in reading order; each names its label ({@code
 * headline.X}) and definition ({@code headline.def.X}) texts and the figure whose cases it lists
 * (for a rate, the cases that lower it or make it up, as stated in its definition).
 */
public enum Headline {
  RECEIVED(Figure.RECEIVED),
  CLOSED(Figure.CLOSED),
  REPLY_DUE(Figure.REPLY_DUE),
  ON_TIME(Figure.ON_TIME),
  ON_TIME_RATE(Figure.LATE),
  OVERDUE(Figure.OVERDUE),
  HANDLED(Figure.HANDLED),
  AVERAGE_HANDLING_DAYS(Figure.HANDLED),
  RATED(Figure.RATED),
  SATISFACTION_RATE(Figure.SATISFIED),
  CLOSED_ONCE(Figure.CLOSED_ONCE),
  REOPEN_RATE(Figure.REOPENED);

  private final Figure figure;

  Headline(Figure figure) {
    this.figure = figure;
  }

  public Figure figure() {
    return figure;
  }
}
