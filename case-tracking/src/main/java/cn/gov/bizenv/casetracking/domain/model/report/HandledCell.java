package cn.gov.bizenv.casetracking.domain.model.report;

import java.time.LocalDate;

/**
 * The {@link Figure#HANDLED} cases dispatched on one day and replied on another; summing cells
 * gives the count and both day series of the average handling time from one pass.
 */
public record HandledCell(LocalDate dispatched, LocalDate replied, long count) {}
