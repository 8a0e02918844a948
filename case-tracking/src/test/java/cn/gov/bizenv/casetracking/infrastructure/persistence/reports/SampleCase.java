package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

/**
 * One case as the report figures see it, with the figures it is expected to count for: a row of
 * {@link SampleCases}. Times are written "MM-dd HH:mm[:ss]" in 2026.
 */
final class SampleCase {
  /** Units of the samples: a district, a department, and two lead units. */
  static final long DISTRICT = 1, DEPARTMENT = 2, HOUSING = 3, MARKET = 4;

  static final long BATCH = 1;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  final String name;
  long id;
  LocalDateTime receivedAt;
  Channel channel = Channel.NETIZEN_MESSAGE;
  CaseStatus status;
  String categoryCode = "01.02.001";
  Long concernedUnitId = DISTRICT;
  Long leadUnitId = HOUSING;
  Long batchId;
  LocalDateTime dispatchedAt;
  LocalDateTime signOffDue;
  LocalDateTime signedForAt;
  LocalDateTime replyDue;
  LocalDateTime repliedAt;
  LocalDateTime closedAt;
  CaseOutcome outcome;
  Satisfaction satisfaction;
  int reopenCount;
  final Set<Figure> counts = EnumSet.noneOf(Figure.class);

  /** Null: not due for sign-off in the period; otherwise whether it was signed for on time. */
  Boolean signOff;

  private SampleCase(String name) {
    this.name = name;
  }

  static SampleCase sample(String name) {
    return new SampleCase(name);
  }

  static LocalDateTime at(String time) {
    return LocalDateTime.parse("2026-" + time, TIME);
  }

  UnitKind concernedUnitKind() {
    return concernedUnitId == DISTRICT ? UnitKind.COUNTY_OR_DISTRICT : UnitKind.CITY_DEPARTMENT;
  }

  SampleCase received(String time, CaseStatus status) {
    this.receivedAt = at(time);
    this.status = status;
    return this;
  }

  SampleCase channel(Channel channel) {
    this.channel = channel;
    return this;
  }

  SampleCase category(String code) {
    this.categoryCode = code;
    return this;
  }

  SampleCase unclassified() {
    this.categoryCode = null;
    return this;
  }

  SampleCase concerning(long unit) {
    this.concernedUnitId = unit;
    return this;
  }

  SampleCase notDispatched() {
    this.leadUnitId = null;
    return this;
  }

  /** Dispatched to {@code unit}, due for sign-off and reply at the given times. */
  SampleCase dispatched(long unit, String at, String signOffDue, String replyDue) {
    this.leadUnitId = unit;
    this.dispatchedAt = at(at);
    this.signOffDue = signOffDue == null ? null : at(signOffDue);
    this.replyDue = at(replyDue);
    return this;
  }

  SampleCase signedFor(String time) {
    this.signedForAt = at(time);
    return this;
  }

  SampleCase replied(String time) {
    this.repliedAt = at(time);
    return this;
  }

  SampleCase closed(String time) {
    this.closedAt = at(time);
    return this;
  }

  SampleCase outcome(CaseOutcome outcome) {
    this.outcome = outcome;
    return this;
  }

  SampleCase rated(Satisfaction satisfaction) {
    this.satisfaction = satisfaction;
    return this;
  }

  SampleCase reopened(int times) {
    this.reopenCount = times;
    return this;
  }

  SampleCase inBatch() {
    this.batchId = BATCH;
    return this;
  }

  /** The figures the case counts for, in the scope of {@link SampleCases}. */
  SampleCase counts(Set<Figure> rows, Figure... more) {
    this.counts.addAll(rows);
    this.counts.addAll(Set.of(more));
    return this;
  }

  SampleCase counts(Figure first, Figure... more) {
    return counts(EnumSet.of(first, more));
  }

  SampleCase countsNothing() {
    return this;
  }

  SampleCase signOff(boolean onTime) {
    this.signOff = onTime;
    return this;
  }

  @Override
  public String toString() {
    return "#" + id + " " + name;
  }
}
