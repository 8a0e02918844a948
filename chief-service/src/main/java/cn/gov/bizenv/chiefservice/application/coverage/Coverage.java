package cn.gov.bizenv.chiefservice.application.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * Officer coverage of [from, to]: firms due and visited (definitions on {@code CoverageFigures}),
 * the visit rate in percent with one decimal (null without firms due), visits held and not held,
 * problems raised at held visits, each officer's work, and the reach and take-up of the policy
 * deliveries pushed in the period (taken up: applied for or redeemed).
 */
public record Coverage(
    LocalDate from,
    LocalDate to,
    long firmsDue,
    long firmsVisited,
    Double visitRate,
    long visitsHeld,
    long visitsNotHeld,
    long problemsRaised,
    List<OfficerCoverage> officers,
    long pushed,
    long delivered,
    long acknowledged,
    long applied,
    long redeemed,
    long takenUp,
    Double takeUpRate) {
  /** One officer's firms and visits in the period. */
  public record OfficerCoverage(
      long officerId,
      String officerName,
      long firms,
      long firmsVisited,
      long visitsHeld,
      long visitsNotHeld,
      long problemsRaised) {}
}
