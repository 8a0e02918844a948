package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.BATCH_ID;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.CATEGORY;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.CATEGORY_CODE;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.CHANNEL;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.CLOSED_AT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.CONCERNED_UNIT_ID;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.CONCERNED_UNIT_KIND;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.DISPATCHED_AT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.LEAD_UNIT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.LEAD_UNIT_ID;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.OUTCOME;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.RECEIVED_AT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.REOPEN_COUNT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.REPLIED_AT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.REPLY_DUE;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.SATISFACTION;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.SIGNED_FOR_AT;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.SIGN_OFF_DUE;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseAttribute.STATUS;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.allOf;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.anyOf;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Literal;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Parameter;
import java.util.List;

/**
 * What each report figure counts (documented on {@link Figure}), as {@link Clause}s: counts,
 * breakdowns, day series and drill-down lists all use the same clause, so they agree by
 * construction. PostgreSQL's tallies (db/postgresql/case_tally.sql) keep facts that mirror these
 * clauses. Nothing here touches a database. (The switches' labels name figures; the clauses name
 * the case's attributes, {@link CaseAttribute}.)
 */
final class FigureDefinitions {
  static final List<CaseStatus> OPEN = List.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
  static final List<CaseStatus> ANSWERED =
      List.of(CaseStatus.REPLIED, CaseStatus.CLOSED, CaseStatus.FOLLOWED_UP);
  static final List<CaseStatus> FINISHED = List.of(CaseStatus.CLOSED, CaseStatus.FOLLOWED_UP);
  static final List<Satisfaction> CONTENT = Satisfaction.satisfied();

  /** The actions (催办, 督办单, 通报, 问责) that a unit's supervision measure counts. */
  static final List<CaseEventType> SUPERVISION_ACTIONS =
      List.of(
          CaseEventType.URGE,
          CaseEventType.ISSUE_SUPERVISION_ORDER,
          CaseEventType.ISSUE_NOTICE,
          CaseEventType.RECORD_ACCOUNTABILITY);

  private static final Literal NONE = new Literal(0);

  private FigureDefinitions() {}

  /** The cases a figure counts in a scope; {@code key} narrows a keyed figure to one row. */
  static Clause of(Figure figure, String key, FigureScope scope) {
    return allOf(
        own(figure, scope),
        key == null ? null : keyed(figure, key),
        scope.districtId() == null
            ? null
            : CONCERNED_UNIT_ID.equalTo(new Parameter("scopeDistrict", scope.districtId())),
        scope.unitId() == null
            ? null
            : LEAD_UNIT_ID.equalTo(new Parameter("scopeUnit", scope.unitId())),
        // The batch narrows every figure the same way, so count, list and export still agree.
        scope.batchId() == null
            ? null
            : BATCH_ID.equalTo(new Parameter("scopeBatch", scope.batchId())));
  }

  private static Clause own(Figure figure, FigureScope scope) {
    Parameter now = now(scope);
    Parameter answered = new Parameter("answered", ANSWERED);
    Clause cohort = RECEIVED_AT.inPeriod(scope);
    // A reply answers the current round of the clock only while the case stands on it (REPLIED,
    // CLOSED, FOLLOWED_UP): reopening restarts the clock but keeps the earlier reply, and a reply
    // sent back is no answer. (Timestamps have whole seconds, so comparing replied_at with the
    // round's dispatched_at cannot tell a reply from a reopening in the same second.)
    Clause replied = allOf(REPLIED_AT.isNotNull(), STATUS.in(answered));
    Clause replyDue = allOf(REPLY_DUE.inPeriod(scope), anyOf(replied, REPLY_DUE.lessThan(now)));
    return switch (figure) {
      case RECEIVED, CHANNEL, STATUS -> cohort;
      case CATEGORY -> allOf(cohort, CATEGORY.isNotNull());
      case LEAD_UNIT -> allOf(cohort, LEAD_UNIT.isNotNull());
      case DISTRICT ->
          allOf(
              cohort,
              CONCERNED_UNIT_KIND.equalTo(new Parameter("district", UnitKind.COUNTY_OR_DISTRICT)));
      case CLOSED -> CLOSED_AT.inPeriod(scope);
      case REPLY_DUE -> replyDue;
      case ON_TIME -> allOf(replyDue, replied, REPLIED_AT.atMost(REPLY_DUE));
      case LATE ->
          allOf(
              replyDue,
              anyOf(
                  REPLIED_AT.isNull(), STATUS.notIn(answered), REPLIED_AT.greaterThan(REPLY_DUE)));
      case OVERDUE ->
          allOf(
              REPLY_DUE.inPeriod(scope),
              REPLY_DUE.lessThan(now),
              STATUS.in(new Parameter("open", OPEN)));
      case HANDLED ->
          allOf(REPLIED_AT.inPeriod(scope), DISPATCHED_AT.isNotNull(), STATUS.in(answered));
      case RATED -> allOf(cohort, SATISFACTION.isNotNull());
      case SATISFIED -> allOf(cohort, SATISFACTION.in(new Parameter("content", CONTENT)));
      case CLOSED_ONCE ->
          allOf(cohort, anyOf(CLOSED_AT.isNotNull(), REOPEN_COUNT.greaterThan(NONE)));
      case REOPENED -> allOf(cohort, REOPEN_COUNT.greaterThan(NONE));
      case FIRM_REQUEST_SOLVED ->
          allOf(
              cohort,
              CHANNEL.equalTo(new Parameter("firmRequest", Channel.FIRM_REQUEST)),
              STATUS.in(new Parameter("finished", FINISHED)),
              OUTCOME.equalTo(new Parameter("solved", CaseOutcome.SOLVED)));
    };
  }

  /** The row of a keyed figure; null for a figure without rows. */
  private static Clause keyed(Figure figure, String key) {
    return switch (figure) {
      case CHANNEL -> CHANNEL.equalTo(new Parameter("key", Channel.valueOf(key)));
      case STATUS -> STATUS.equalTo(new Parameter("key", CaseStatus.valueOf(key)));
      case CATEGORY -> {
        // A subtree is a code prefix; the shape check keeps LIKE wildcards out of the key.
        if (!CategoryCode.isValid(key)) {
          throw new IllegalArgumentException("category code");
        }
        yield anyOf(
            CATEGORY_CODE.equalTo(new Parameter("key", key)),
            CATEGORY_CODE.like(new Parameter("keyPrefix", key + ".%")));
      }
      case LEAD_UNIT -> LEAD_UNIT_ID.equalTo(new Parameter("key", Long.valueOf(key)));
      case DISTRICT -> CONCERNED_UNIT_ID.equalTo(new Parameter("key", Long.valueOf(key)));
      default -> null;
    };
  }

  private static Parameter now(FigureScope scope) {
    return new Parameter("now", scope.now());
  }

  /**
   * What a figure's count counts: the date its clause limits to the period, which is therefore set
   * on every row it counts, so {@code count(date)} equals {@code count(c)}. JPQL {@code count(c)}
   * is {@code COUNT(id)}, which the narrow indexes a selective figure is found by (e.g. {@code
   * (status, reply_due)}, {@code (channel, received_at)}) cannot answer on their own; they all
   * carry the date.
   */
  static CaseAttribute counted(Figure figure) {
    return switch (figure.within()) {
      case REPLY_DUE -> REPLY_DUE;
      case CLOSED -> CLOSED_AT;
      case HANDLED -> REPLIED_AT;
      default -> RECEIVED_AT;
    };
  }

  /**
   * The ranking's sign-off measure, which is no figure of the dashboard: cases with a lead unit to
   * be signed for in the period, and signed for or past that time now. The scope's district, unit
   * and batch do not narrow it.
   */
  static Clause signOffDue(FigureScope scope) {
    return allOf(
        LEAD_UNIT.isNotNull(),
        SIGN_OFF_DUE.inPeriod(scope),
        anyOf(
            STATUS.notEqualTo(new Parameter("dispatched", CaseStatus.DISPATCHED)),
            SIGN_OFF_DUE.lessThan(now(scope))));
  }

  /**
   * Of {@link #signOffDue}: the round's sign-for (signed_for_at, cleared by each new round) came by
   * sign_off_due.
   */
  static Clause signedOnTime() {
    return SIGNED_FOR_AT.atMost(SIGN_OFF_DUE);
  }

  /**
   * The ranking's dispatch measure: cases dispatched in the period, per lead unit; not narrowed by
   * the scope.
   */
  static Clause dispatched(FigureScope scope) {
    return allOf(LEAD_UNIT.isNotNull(), DISPATCHED_AT.inPeriod(scope));
  }
}
