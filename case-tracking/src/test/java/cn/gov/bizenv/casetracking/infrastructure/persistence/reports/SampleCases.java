package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome.BEING_SOLVED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome.SOLVED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.ACCEPTED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.CLOSED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.DISPATCHED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.FOLLOWED_UP;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.IN_PROGRESS;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.NEW;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.REJECTED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.REPLIED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction.DISSATISFIED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction.SATISFIED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction.VERY_SATISFIED;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.CATEGORY;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.CHANNEL;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.CLOSED_ONCE;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.DISTRICT;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.FIRM_REQUEST_SOLVED;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.HANDLED;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.LATE;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.LEAD_UNIT;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.ON_TIME;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.OVERDUE;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.RATED;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.RECEIVED;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.REOPENED;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.REPLY_DUE;
import static cn.gov.bizenv.casetracking.domain.model.report.Figure.STATUS;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCase.DEPARTMENT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCase.HOUSING;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCase.MARKET;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCase.sample;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the report figures count, written out by hand: cases at the edges of each definition, each
 * with the figures it counts for in {@link #MARCH} as seen at {@link #NOW}. The report's moment is
 * inside the period, so that some replies are not due yet; the cohort does not look at it.
 */
final class SampleCases {
  static final String NOW = "03-20 12:00";
  static final FigureScope MARCH =
      new FigureScope(
          LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, SampleCase.at(NOW));

  /** A dispatched case of the cohort with a district and a category is in every row of it. */
  static final Set<Figure> IN_EVERY_ROW =
      EnumSet.of(RECEIVED, CHANNEL, STATUS, CATEGORY, LEAD_UNIT, DISTRICT);

  static final List<SampleCase> ALL =
      numbered(
          sample("received at the period's first moment")
              .received("03-01 00:00", NEW)
              .notDispatched()
              .counts(RECEIVED, CHANNEL, STATUS, CATEGORY, DISTRICT),
          sample("received the second before the period")
              .received("02-28 23:59:59", NEW)
              .notDispatched()
              .countsNothing(),
          sample("received at the period's last second")
              .received("03-31 23:59:59", NEW)
              .notDispatched()
              .counts(RECEIVED, CHANNEL, STATUS, CATEGORY, DISTRICT),
          sample("received at the first moment after the period")
              .received("04-01 00:00", NEW)
              .notDispatched()
              .countsNothing(),
          sample("not classified, about a city department")
              .received("03-02 09:00", ACCEPTED)
              .unclassified()
              .concerning(DEPARTMENT)
              .notDispatched()
              .counts(RECEIVED, CHANNEL, STATUS),
          sample("replied on the due second")
              .received("03-02 09:00", REPLIED)
              .dispatched(HOUSING, "03-02 10:00", "03-03 10:00", "03-10 17:00")
              .signedFor("03-02 11:00")
              .replied("03-10 17:00")
              .counts(IN_EVERY_ROW, REPLY_DUE, ON_TIME, HANDLED)
              .signOff(true),
          sample("replied a second late, closed and rated, signed for on the due second")
              .received("03-03 09:00", CLOSED)
              .dispatched(HOUSING, "03-03 10:00", "03-04 10:00", "03-10 17:00")
              .signedFor("03-04 10:00")
              .replied("03-10 17:00:01")
              .closed("03-12 09:00")
              .outcome(SOLVED)
              .rated(SATISFIED)
              .counts(
                  IN_EVERY_ROW,
                  REPLY_DUE,
                  LATE,
                  HANDLED,
                  Figure.CLOSED,
                  CLOSED_ONCE,
                  RATED,
                  Figure.SATISFIED)
              .signOff(true),
          sample("reply sent back, now past due, signed for a second late")
              .received("03-04 09:00", IN_PROGRESS)
              .dispatched(HOUSING, "03-04 10:00", "03-05 10:00", "03-15 17:00")
              .signedFor("03-05 10:00:01")
              .replied("03-14 09:00")
              .counts(IN_EVERY_ROW, REPLY_DUE, LATE, OVERDUE)
              .signOff(false),
          sample("never signed for, past due")
              .received("03-05 09:00", DISPATCHED)
              .dispatched(HOUSING, "03-05 10:00", "03-06 10:00", "03-19 17:00")
              .counts(IN_EVERY_ROW, REPLY_DUE, LATE, OVERDUE)
              .signOff(false),
          sample("open and within its time limit")
              .received("03-06 09:00", IN_PROGRESS)
              .dispatched(HOUSING, "03-06 10:00", "03-07 10:00", "03-25 17:00")
              .signedFor("03-06 11:00")
              .counts(IN_EVERY_ROW)
              .signOff(true),
          sample("replied early, due later in the period")
              .received("03-07 09:00", REPLIED)
              .dispatched(MARKET, "03-07 10:00", null, "03-25 17:00")
              .replied("03-18 09:00")
              .counts(IN_EVERY_ROW, REPLY_DUE, ON_TIME, HANDLED),
          sample("received before the period, closed in it")
              .received("02-20 09:00", CLOSED)
              .dispatched(HOUSING, "02-20 10:00", "02-21 10:00", "02-27 17:00")
              .signedFor("02-20 11:00")
              .replied("02-26 09:00")
              .closed("03-02 09:00")
              .outcome(SOLVED)
              .counts(Figure.CLOSED),
          sample("closed once and reopened, its earlier reply kept")
              .received("03-08 09:00", IN_PROGRESS)
              .dispatched(HOUSING, "03-08 10:00", null, "03-30 17:00")
              .replied("03-09 09:00")
              .reopened(1)
              .counts(IN_EVERY_ROW, CLOSED_ONCE, REOPENED),
          sample("a firm's request, closed as solved")
              .channel(Channel.FIRM_REQUEST)
              .received("03-09 09:00", CLOSED)
              .dispatched(MARKET, "03-09 10:00", null, "03-16 17:00")
              .replied("03-12 09:00")
              .closed("03-13 09:00")
              .outcome(SOLVED)
              .rated(VERY_SATISFIED)
              .counts(
                  IN_EVERY_ROW,
                  REPLY_DUE,
                  ON_TIME,
                  HANDLED,
                  Figure.CLOSED,
                  CLOSED_ONCE,
                  RATED,
                  Figure.SATISFIED,
                  FIRM_REQUEST_SOLVED),
          sample("a firm's request replied as solved, not closed")
              .channel(Channel.FIRM_REQUEST)
              .received("03-10 09:00", REPLIED)
              .dispatched(MARKET, "03-10 10:00", null, "03-17 17:00")
              .replied("03-11 09:00")
              .outcome(SOLVED)
              .counts(IN_EVERY_ROW, REPLY_DUE, ON_TIME, HANDLED),
          sample("followed up after a dissatisfied rating")
              .received("03-11 09:00", FOLLOWED_UP)
              .dispatched(MARKET, "03-11 10:00", null, "03-18 17:00")
              .replied("03-12 09:00")
              .closed("03-13 09:00")
              .outcome(BEING_SOLVED)
              .rated(DISSATISFIED)
              .counts(IN_EVERY_ROW, REPLY_DUE, ON_TIME, HANDLED, Figure.CLOSED, CLOSED_ONCE, RATED),
          sample("replied at triage, never dispatched")
              .received("03-12 09:00", REPLIED)
              .notDispatched()
              .replied("03-13 09:00")
              .counts(RECEIVED, CHANNEL, STATUS, CATEGORY, DISTRICT),
          sample("in a batch, due at the report's very moment")
              .received("03-13 09:00", IN_PROGRESS)
              .inBatch()
              .dispatched(MARKET, "03-13 10:00", null, NOW)
              .counts(IN_EVERY_ROW),
          sample("in a batch, about a city department, due a second before the report's moment")
              .received("03-14 09:00", IN_PROGRESS)
              .inBatch()
              .concerning(DEPARTMENT)
              .dispatched(MARKET, "03-14 10:00", null, "03-20 11:59:59")
              .counts(RECEIVED, CHANNEL, STATUS, CATEGORY, LEAD_UNIT, REPLY_DUE, LATE, OVERDUE),
          sample("rejected at triage")
              .received("03-15 09:00", REJECTED)
              .notDispatched()
              .counts(RECEIVED, CHANNEL, STATUS, CATEGORY, DISTRICT),
          sample("waiting to be signed for, due after the period")
              .received("03-16 09:00", DISPATCHED)
              .dispatched(HOUSING, "03-16 10:00", "03-21 10:00", "04-03 17:00")
              .counts(IN_EVERY_ROW),
          sample("received and due before the period, still open")
              .received("02-10 09:00", IN_PROGRESS)
              .dispatched(HOUSING, "02-10 10:00", "02-11 10:00", "02-17 17:00")
              .signedFor("02-10 11:00")
              .countsNothing(),
          sample("in another category subtree")
              .received("03-17 09:00", ACCEPTED)
              .category("01.01.001")
              .notDispatched()
              .counts(RECEIVED, CHANNEL, STATUS, CATEGORY, DISTRICT));

  private SampleCases() {}

  private static List<SampleCase> numbered(SampleCase... samples) {
    for (int i = 0; i < samples.length; i++) {
      samples[i].id = i + 1;
    }
    return List.of(samples);
  }
}
