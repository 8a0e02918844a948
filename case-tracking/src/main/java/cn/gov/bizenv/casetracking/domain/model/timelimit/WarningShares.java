package cn.gov.bizenv.casetracking.domain.model.timelimit;

/**
 * When a case is flagged as nearing its reply deadline (临期预警): once the first, then the second
 * share of its time is used, in percent, e.g. 70 and 90.
 */
public record WarningShares(int firstPercent, int secondPercent) {
  public WarningShares {
    if (firstPercent < 1 || secondPercent > 99 || firstPercent >= secondPercent) {
      throw new IllegalArgumentException(
          "warning shares must rise within 1..99 %: " + firstPercent + ", " + secondPercent);
    }
  }
}
