package cn.gov.bizenv.chiefservice.domain.model.policy;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.util.Collection;
import java.util.Set;

/**
 * The firms a policy is meant for. An empty set means "any" for that criterion, so a target with
 * everything empty reaches every firm.
 *
 * <p>The sets are plain and public so that the persistence layer can later turn each criterion into
 * a query predicate ("industry in (...)") instead of matching firm by firm.
 *
 * <p>Whether a policy is application-free (免申即享) is a property of the policy, not of whom it
 * targets, so it is not here.
 *
 * @param industries industry codes (国民经济行业分类), compared exactly: a target naming a section does not
 *     include its classes, the target must list the codes it means
 * @param sizes firm size classes
 * @param districts administrative division codes of the firm's district
 * @param tags labels such as 专精特新; a firm matches if it carries any one of them
 * @param keyProjectsOnly {@code true}: only firms flagged as key projects; {@code false} or {@code
 *     null} (not set by the policy editor): any firm
 */
public record PolicyTarget(
    Set<String> industries,
    Set<FirmSize> sizes,
    Set<String> districts,
    Set<String> tags,
    Boolean keyProjectsOnly) {

  /** The target that every firm matches. */
  public static final PolicyTarget ANY_FIRM = new PolicyTarget(null, null, null, null, null);

  /** Copies the sets, so the target cannot change under a running match; null means empty. */
  public PolicyTarget {
    industries = codes(industries, "industries");
    sizes = sizes == null ? Set.of() : Set.copyOf(sizes);
    districts = codes(districts, "districts");
    tags = codes(tags, "tags");
  }

  /** Whether the policy is only for key projects; an unset flag means it is not. */
  public boolean requiresKeyProject() {
    return Boolean.TRUE.equals(keyProjectsOnly);
  }

  // A blank code would match no firm while looking like a restriction: reject it where it's made.
  private static Set<String> codes(Collection<String> codes, String criterion) {
    if (codes == null) {
      return Set.of();
    }
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("policy.target.blank-code: " + criterion);
      }
    }
    return Set.copyOf(codes);
  }
}
