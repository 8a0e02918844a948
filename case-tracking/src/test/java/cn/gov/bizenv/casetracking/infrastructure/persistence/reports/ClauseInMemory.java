package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.AllOf;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.AnyOf;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Comparison;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Literal;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.NullTest;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Operand;
import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.Clause.Parameter;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Reads a {@link Clause} on a {@link SampleCase} as SQL reads its JPQL: a comparison with NULL is
 * not true. (Clauses have no negation, so "not true" may be read as false throughout.)
 */
final class ClauseInMemory {
  private ClauseInMemory() {}

  static boolean holds(Clause clause, SampleCase c) {
    if (clause instanceof AllOf all) {
      return all.clauses().stream().allMatch(part -> holds(part, c));
    }
    if (clause instanceof AnyOf any) {
      return any.clauses().stream().anyMatch(part -> holds(part, c));
    }
    if (clause instanceof NullTest test) {
      return (value(test.attribute(), c) == null) == test.isNull();
    }
    Comparison comparison = (Comparison) clause;
    Object left = value(comparison.attribute(), c);
    Object right = value(comparison.operand(), c);
    if (left == null || right == null) {
      return false;
    }
    return switch (comparison.operator()) {
      case EQUAL -> left.equals(right);
      case NOT_EQUAL -> !left.equals(right);
      case LESS_THAN -> compared(left, right) < 0;
      case AT_MOST -> compared(left, right) <= 0;
      case GREATER_THAN -> compared(left, right) > 0;
      case AT_LEAST -> compared(left, right) >= 0;
      case IN -> ((Collection<?>) right).contains(left);
      case NOT_IN -> !((Collection<?>) right).contains(left);
      case LIKE -> like((String) right).matcher((String) left).matches();
    };
  }

  private static Object value(Operand operand, SampleCase c) {
    if (operand instanceof Parameter parameter) {
      return parameter.value();
    }
    if (operand instanceof Literal literal) {
      return literal.value();
    }
    return value((CaseAttribute) operand, c);
  }

  /** An entity stands for its id here: what matters is whether it is there, and which it is. */
  static Object value(CaseAttribute attribute, SampleCase c) {
    return switch (attribute) {
      case ID -> c.id;
      case RECEIVED_AT -> c.receivedAt;
      case CHANNEL -> c.channel;
      case STATUS -> c.status;
      case CATEGORY, CATEGORY_CODE -> c.categoryCode;
      case LEAD_UNIT, LEAD_UNIT_ID -> c.leadUnitId;
      case CONCERNED_UNIT, CONCERNED_UNIT_ID -> c.concernedUnitId;
      case CONCERNED_UNIT_KIND -> c.concernedUnitKind();
      case BATCH_ID -> c.batchId;
      case DISPATCHED_AT -> c.dispatchedAt;
      case SIGN_OFF_DUE -> c.signOffDue;
      case SIGNED_FOR_AT -> c.signedForAt;
      case REPLY_DUE -> c.replyDue;
      case REPLIED_AT -> c.repliedAt;
      case CLOSED_AT -> c.closedAt;
      case OUTCOME -> c.outcome;
      case SATISFACTION -> c.satisfaction;
      case REOPEN_COUNT -> c.reopenCount;
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compared(Object left, Object right) {
    return ((Comparable) left).compareTo(right);
  }

  /** LIKE's % and _ as a regular expression; everything else stands for itself. */
  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      regex.append(ch == '%' ? ".*" : ch == '_' ? "." : Pattern.quote(String.valueOf(ch)));
    }
    return Pattern.compile(regex.toString());
  }
}
