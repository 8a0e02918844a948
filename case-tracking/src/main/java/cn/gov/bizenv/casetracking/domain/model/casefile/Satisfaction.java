package cn.gov.bizenv.casetracking.domain.model.casefile;

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
}
