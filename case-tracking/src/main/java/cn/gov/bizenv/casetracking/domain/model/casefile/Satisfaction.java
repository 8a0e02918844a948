package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.util.Arrays;
import java.util.List;

/**
 * The writer's five-level rating at follow-up (好差评). The bottom two count as 差评, which calls for
 * rectification; display names live in the bundles under {@code satisfaction.*}.
 */
public enum Satisfaction {
  VERY_DISSATISFIED(1),
  DISSATISFIED(2),
  NEUTRAL(3),
  SATISFIED(4),
  VERY_SATISFIED(5);

  private final int level;

  Satisfaction(int level) {
    this.level = level;
  }

  /** 1 (very dissatisfied) to 5 (very satisfied). */
  public int level() {
    return level;
  }

  /** Whether the rating is a 差评 (level 1 or 2). */
  public boolean isBad() {
    return level <= 2;
  }

  /**
   * Whether the rating counts as satisfied: 基本满意 and above, every rating that is not a 差评. The
   * portal's one definition of 满意率 (satisfied ratings of all ratings), on the dashboard, in the
   * ranking, the bulletin and the public monthly statistics alike.
   */
  public boolean isSatisfied() {
    return !isBad();
  }

  /** The ratings that count as satisfied, worst first. */
  public static List<Satisfaction> satisfied() {
    return Arrays.stream(values()).filter(Satisfaction::isSatisfied).toList();
  }
}
