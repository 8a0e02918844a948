package cn.gov.bizenv.chiefservice.domain.model.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a firm is among a policy's targets, explaining each criterion.
 *
 * <p>A firm matches when it satisfies every criterion; within a criterion, it needs to satisfy only
 * one of the listed values (one of the industries, one of the tags, ...).
 */
public final class PolicyMatcher {

  /** Judges the firm against every criterion of the target. */
  public MatchResult match(PolicyTarget target, FirmProfile firm) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(firm, "firm");
    List<CriterionResult> results = new ArrayList<>();
    results.add(oneOf(Criterion.INDUSTRY, target.industries(), firm.industry()));
    results.add(oneOf(Criterion.SIZE, target.sizes(), firm.size()));
    results.add(oneOf(Criterion.DISTRICT, target.districts(), firm.district()));
    results.add(anyTag(target.tags(), firm.tags()));
    results.add(keyProject(target, firm));
    return new MatchResult(results);
  }

  private static <T extends Comparable<? super T>> CriterionResult oneOf(
      Criterion criterion, Set<T> wanted, T actual) {
    if (wanted.isEmpty()) {
      return CriterionResult.any(criterion);
    }
    if (actual == null) {
      return new CriterionResult(criterion, false, "unknown, wanted one of " + sorted(wanted));
    }
    boolean hit = wanted.contains(actual);
    return new CriterionResult(
        criterion, hit, actual + (hit ? " in " : " not in ") + sorted(wanted));
  }

  private static CriterionResult anyTag(Set<String> wanted, Set<String> tags) {
    if (wanted.isEmpty()) {
      return CriterionResult.any(Criterion.TAGS);
    }
    Set<String> shared = new TreeSet<>(tags);
    shared.retainAll(wanted);
    if (shared.isEmpty()) {
      return new CriterionResult(
          Criterion.TAGS, false, "none of " + sorted(wanted) + " in " + sorted(tags));
    }
    return new CriterionResult(Criterion.TAGS, true, "has " + shared);
  }

  private static CriterionResult keyProject(PolicyTarget target, FirmProfile firm) {
    if (!target.requiresKeyProject()) {
      return CriterionResult.any(Criterion.KEY_PROJECT);
    }
    return firm.keyProject()
        ? new CriterionResult(Criterion.KEY_PROJECT, true, "key project")
        : new CriterionResult(Criterion.KEY_PROJECT, false, "not a key project");
  }

  // Sorted (enums in declaration order) so that the same target always reads the same.
  private static <T extends Comparable<? super T>> Set<T> sorted(Collection<T> values) {
    return new TreeSet<>(values);
  }
}
