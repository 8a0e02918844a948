package cn.gov.bizenv.chiefservice.application;

import java.time.LocalDate;

/** Officer coverage and policy reach of a period, for the leaders' dashboard; database aggregates. */
public interface CoverageReports {
  Coverage coverage(LocalDate from, LocalDate to);
}
