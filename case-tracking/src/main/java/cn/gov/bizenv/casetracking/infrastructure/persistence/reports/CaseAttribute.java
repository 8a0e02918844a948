package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile_;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseReply_;
import cn.gov.bizenv.casetracking.domain.model.casefile.HandlingClock_;
import cn.gov.bizenv.casetracking.domain.model.category.Category_;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatch_;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit_;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Comparison;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.NullTest;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Operand;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Operator;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Parameter;
import java.util.Map;

/**
 * The attributes of a case that report queries name, as JPQL paths from the alias {@code c}. The
 * names come from the generated metamodel, so a renamed attribute fails the build instead of a
 * report at run time.
 */
enum CaseAttribute implements Operand {
  ID(CaseFile_.ID),
  RECEIVED_AT(CaseFile_.RECEIVED_AT),
  CHANNEL(CaseFile_.CHANNEL),
  STATUS(CaseFile_.STATUS),
  CATEGORY(CaseFile_.CATEGORY),
  CATEGORY_CODE(CaseFile_.CATEGORY, Category_.CODE),
  LEAD_UNIT(CaseFile_.LEAD_UNIT),
  LEAD_UNIT_ID(CaseFile_.LEAD_UNIT, Unit_.ID),
  CONCERNED_UNIT(CaseFile_.CONCERNED_UNIT),
  CONCERNED_UNIT_ID(CaseFile_.CONCERNED_UNIT, Unit_.ID),
  CONCERNED_UNIT_KIND(CaseFile_.CONCERNED_UNIT, Unit_.KIND),
  BATCH_ID(CaseFile_.BATCH, IntakeBatch_.ID),
  DISPATCHED_AT(CaseFile_.CLOCK, HandlingClock_.DISPATCHED_AT),
  SIGN_OFF_DUE(CaseFile_.CLOCK, HandlingClock_.SIGN_OFF_DUE),
  SIGNED_FOR_AT(CaseFile_.CLOCK, HandlingClock_.SIGNED_FOR_AT),
  REPLY_DUE(CaseFile_.CLOCK, HandlingClock_.REPLY_DUE),
  REPLIED_AT(CaseFile_.REPLY, CaseReply_.REPLIED_AT),
  CLOSED_AT(CaseFile_.CLOSED_AT),
  OUTCOME(CaseFile_.OUTCOME),
  SATISFACTION(CaseFile_.SATISFACTION),
  REOPEN_COUNT(CaseFile_.REOPEN_COUNT);

  private final String path;

  CaseAttribute(String... names) {
    this.path = "c." + String.join(".", names);
  }

  /** The JPQL path, e.g. {@code c.leadUnit.id}. */
  String path() {
    return path;
  }

  @Override
  public void write(StringBuilder jpql, Map<String, Object> parameters) {
    jpql.append(path);
  }

  /**
   * This date in the scope's period [start, end), as the parameters {@code :start}, {@code :end}.
   */
  Clause inPeriod(FigureScope scope) {
    return Clause.allOf(
        compared(Operator.AT_LEAST, new Parameter("start", scope.start())),
        compared(Operator.LESS_THAN, new Parameter("end", scope.end())));
  }

  Clause equalTo(Operand operand) {
    return compared(Operator.EQUAL, operand);
  }

  Clause notEqualTo(Operand operand) {
    return compared(Operator.NOT_EQUAL, operand);
  }

  Clause lessThan(Operand operand) {
    return compared(Operator.LESS_THAN, operand);
  }

  Clause atMost(Operand operand) {
    return compared(Operator.AT_MOST, operand);
  }

  Clause greaterThan(Operand operand) {
    return compared(Operator.GREATER_THAN, operand);
  }

  Clause in(Parameter values) {
    return compared(Operator.IN, values);
  }

  Clause notIn(Parameter values) {
    return compared(Operator.NOT_IN, values);
  }

  Clause like(Parameter pattern) {
    return compared(Operator.LIKE, pattern);
  }

  Clause isNull() {
    return new NullTest(this, true);
  }

  Clause isNotNull() {
    return new NullTest(this, false);
  }

  private Clause compared(Operator operator, Operand operand) {
    return new Comparison(this, operator, operand);
  }
}
