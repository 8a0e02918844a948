package cn.gov.bizenv.chiefservice.domain.model.policy;

import java.util.Objects;

/**
 * How one criterion judged a firm.
 *
 * @param criterion the criterion
 * @param hit whether the firm satisfies it
 * @param detail why, for officers and logs: "any" when the target does not restrict this criterion,
 *     otherwise the firm's value and the target's values
 */
public record CriterionResult(Criterion criterion, boolean hit, String detail) {

  /** The detail of a criterion the target leaves open. */
  public static final String ANY = "any";

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(detail, "detail");
  }

  /** A criterion the target leaves open: always a hit. */
  public static CriterionResult any(Criterion criterion) {
    return new CriterionResult(criterion, true, ANY);
  }
}
