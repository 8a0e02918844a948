package cn.gov.bizenv.casetracking.domain.model.timelimit;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many working days past the reply deadline each step of the supervision ladder is due: by
 * default 催办 the first working day after the deadline and 通报 when 5 working days late. Each step
 * comes strictly later than the one before.
 */
public record OverdueLadder(
    int urgeAfter, int supervisionOrderAfter, int noticeAfter, int accountabilityAfter) {
  public static final int MAX_DAYS = 250;

  public OverdueLadder {
    if (urgeAfter < 1
        || supervisionOrderAfter <= urgeAfter
        || noticeAfter <= supervisionOrderAfter
        || accountabilityAfter <= noticeAfter
        || accountabilityAfter > MAX_DAYS) {
      throw new IllegalArgumentException(
          "ladder steps must rise within 1.."
              + MAX_DAYS
              + " working days: "
              + urgeAfter
              + ", "
              + supervisionOrderAfter
              + ", "
              + noticeAfter
              + ", "
              + accountabilityAfter);
    }
  }

  /** Working days overdue at which each step is due, in ladder order. */
  public Map<OverdueStep, Integer> thresholds() {
    Map<OverdueStep, Integer> thresholds = new EnumMap<>(OverdueStep.class);
    thresholds.put(OverdueStep.URGE, urgeAfter);
    thresholds.put(OverdueStep.SUPERVISION_ORDER, supervisionOrderAfter);
    thresholds.put(OverdueStep.NOTICE, noticeAfter);
    thresholds.put(OverdueStep.ACCOUNTABILITY, accountabilityAfter);
    return thresholds;
  }
}
