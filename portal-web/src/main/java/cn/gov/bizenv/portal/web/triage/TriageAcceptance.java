package cn.gov.bizenv.portal.web.triage;

import cn.gov.bizenv.casetracking.application.triage.AcceptanceRate;
import cn.gov.bizenv.casetracking.application.triage.Triage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The acceptance rate of the routing suggestions over the last 30 days, for the dashboard. */
@Named
@RequestScoped
public class TriageAcceptance {
  static final int DAYS = 30;

  @Inject Triage triage;

  private AcceptanceRate rate;

  public AcceptanceRate getRate() {
    if (rate == null) {
      rate = triage.acceptance(DAYS);
    }
    return rate;
  }

  /** A rate as a percentage, or a dash while nothing was decided. */
  public String percent(Double value) {
    return value == null ? "—" : Math.round(value * 1000) / 10.0 + "%";
  }
}
