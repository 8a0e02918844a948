package cn.gov.bizenv.casetracking.domain.model.report;

import java.time.LocalDate;

/** Received and closed cases in the bucket that starts on {@code start}. */
public record SeriesPoint(LocalDate start, long received, long closed) {}
