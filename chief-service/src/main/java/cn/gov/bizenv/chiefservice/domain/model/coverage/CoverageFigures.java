package cn.gov.bizenv.chiefservice.domain.model.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * Coverage counts over the days [from, to], each a database aggregate. A firm is <em>due</em> in
 * the period when it has an officer and either its next visit fell due by the period's end or it
 * was visited in the period (a visit moves the due day past the period, so it counts as due then);
 * it is <em>visited</em> when a held visit is dated in the period.
 */
public interface CoverageFigures {
  /** Firms with an officer that were due in the period, and of those the ones visited. */
  FirmsCovered firms(LocalDate from, LocalDate to);

  /**
   * Per officer with firms or visits in the period: firms served now, firms visited, visits held
   * and not held, problems raised at the held visits.
   */
  List<OfficerActivity> perOfficer(LocalDate from, LocalDate to);

  /** Deliveries pushed in the period, how far they got and how many were taken up. */
  PushReach reach(LocalDate from, LocalDate to);
}
