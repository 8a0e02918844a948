package cn.gov.bizenv.casetracking.domain.model.report;

/** One row of a breakdown: the drill-down key, a label (unit or category name) and the count. */
public record KeyCount(String key, String label, long count) {}
