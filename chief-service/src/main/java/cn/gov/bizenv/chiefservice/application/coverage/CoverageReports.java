package cn.gov.bizenv.chiefservice.application.coverage;

import java.time.LocalDate;
import java.util.concurrent.Future;

/**
 * Officer coverage and policy reach of a period, for the leaders' dashboard; database aggregates.
 */
public interface CoverageReports {
  Coverage coverage(LocalDate from, LocalDate to);

  /**
   * The same, read on the EJB container's asynchronous threads (as the caller) while the caller
   * does other work: the dashboard page reads it beside the case figures. A refusal of the period
   * is the cause of the future's {@code ExecutionException}.
   */
  Future<Coverage> coverageMeanwhile(LocalDate from, LocalDate to);
}
