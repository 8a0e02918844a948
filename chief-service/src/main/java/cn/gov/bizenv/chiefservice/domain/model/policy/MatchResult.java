package cn.gov.bizenv.chiefservice.domain.model.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a firm matches a policy target, with the judgement of each criterion so that an officer
 * can see why a firm did or did not receive a policy.
 *
 * @param criteria one result per criterion, in {@link Criterion} order
 */
public record MatchResult(List<CriterionResult> criteria) {

  public MatchResult {
    criteria = List.copyOf(criteria);
    Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
    for (CriterionResult result : criteria) {
      if (!seen.add(result.criterion())) {
        throw new IllegalArgumentException("policy.match.duplicate-criterion: " + result);
      }
    }
  }

  /** Whether every criterion is a hit. */
  public boolean matches() {
    return criteria.stream().allMatch(CriterionResult::hit);
  }

  /** The criteria the firm failed; empty when it matches. */
  public List<CriterionResult> misses() {
    return criteria.stream().filter(result -> !result.hit()).toList();
  }

  /** The result for one criterion. */
  public Optional<CriterionResult> resultFor(Criterion criterion) {
    return criteria.stream().filter(result -> result.criterion() == criterion).findFirst();
  }
}
