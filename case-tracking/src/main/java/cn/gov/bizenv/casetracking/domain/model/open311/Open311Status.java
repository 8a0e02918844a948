package cn.gov.bizenv.casetracking.domain.model.open311;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;

/**
 * Our case statuses as GeoReport v2 reports them: {@code open} or {@code closed}, with the
 * FixMyStreet extended status where one fits (investigating while triage and dispatch run, fixed
 * when the outcome is 已解决, duplicate for a merged case, no_further_action for a rejected one).
 */
public record Open311Status(String status, String extendedStatus) {

  public static Open311Status of(CaseStatus status, CaseOutcome outcome) {
    return switch (status) {
      case NEW -> new Open311Status("open", "open");
      case ACCEPTED, DISPATCHED, RETURNED -> new Open311Status("open", "investigating");
      case IN_PROGRESS, REPLIED -> new Open311Status("open", "in_progress");
      case CLOSED, FOLLOWED_UP ->
          new Open311Status(
              "closed",
              outcome == CaseOutcome.SOLVED
                  ? "fixed"
                  : outcome == CaseOutcome.BEING_SOLVED || outcome == CaseOutcome.PLANNED
                      ? "action_scheduled"
                      : "closed");
      case MERGED -> new Open311Status("closed", "duplicate");
      case REJECTED -> new Open311Status("closed", "no_further_action");
    };
  }

  /** Whether our status counts as {@code open} or {@code closed} for the {@code status} filter. */
  public static boolean isOpen(CaseStatus status) {
    return status.isOpen();
  }
}
