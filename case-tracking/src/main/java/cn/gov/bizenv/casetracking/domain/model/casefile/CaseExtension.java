package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A case's extensions (延期): the lead unit's pending request, if any, with its reason, and the
 * working days approved requests have added to the time allowed. Changed only through its case.
 */
@Embeddable
public class CaseExtension {
  @Column(name = "extension_requested_days")
  private Integer requestedDays;

  @Column(name = "extension_request_reason", length = CaseFile.REASON_MAX)
  private String requestReason;

  @Column(name = "extension_granted_days", nullable = false)
  private int grantedDays;

  protected CaseExtension() {}

  static CaseExtension none() {
    return new CaseExtension();
  }

  public boolean isPending() {
    return requestedDays != null;
  }

  /** One request at a time; the reason has been checked by the case. */
  void request(int days, String reason) {
    if (days < 1 || days > CaseFile.MAX_EXTENSION_DAYS) {
      throw new IllegalArgumentException(
          "extension must be 1.." + CaseFile.MAX_EXTENSION_DAYS + " days");
    }
    if (isPending()) {
      throw new IllegalStateException("an extension request is already pending");
    }
    requestReason = Objects.requireNonNull(reason, "reason");
    requestedDays = days;
  }

  /** The requested days are added to the time allowed. Returns the days granted. */
  int approve() {
    int days = pendingDays();
    grantedDays += days;
    lapse();
    return days;
  }

  /** Returns the days that were asked for. */
  int refuse() {
    int days = pendingDays();
    lapse();
    return days;
  }

  /**
   * A reopened case's new round starts without the earlier round's extensions: they moved that
   * round's deadline, which the reopening replaces; a pending request lapses.
   */
  void newRound() {
    grantedDays = 0;
    lapse();
  }

  /** The pending request, if any, lapses (a new dispatch, a return, a reply). */
  void lapse() {
    requestedDays = null;
    requestReason = null;
  }

  private int pendingDays() {
    if (!isPending()) {
      throw new IllegalStateException("no extension request is pending");
    }
    return requestedDays;
  }

  public Integer getRequestedDays() {
    return requestedDays;
  }

  public String getRequestReason() {
    return requestReason;
  }

  /** Working days added to the time allowed by approved extensions. */
  public int getGrantedDays() {
    return grantedDays;
  }
}
