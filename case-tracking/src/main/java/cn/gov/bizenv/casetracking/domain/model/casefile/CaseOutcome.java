package cn.gov.bizenv.casetracking.domain.model.casefile;

/**
 * What closing a case achieved, recorded apart from its status because "closed" and "resolved" are
 * different facts. The letters are the A/B/C/D classes used for deputies' suggestions; display
 * names live in the bundles under {@code outcome.*}.
 */
public enum CaseOutcome {
  /** A 已解决: the problem is solved. */
  SOLVED("A"),
  /** B 正在解决: work is under way. */
  BEING_SOLVED("B"),
  /** C 列入计划: scheduled in a plan. */
  PLANNED("C"),
  /** D 留作参考 / 解释说明: explained, or kept for reference. */
  EXPLAINED("D");

  private final String classLetter;

  CaseOutcome(String classLetter) {
    this.classLetter = classLetter;
  }

  /** The A–D class letter that reports and deputies' offices use. */
  public String classLetter() {
    return classLetter;
  }
}
