package cn.gov.bizenv.casetracking.application.mailbox;

import java.util.List;

/**
 * The mailbox's figures of one month, per top-level category and in total.
 *
 * @param month as {@code yyyy-MM}
 */
public record MonthlyStatistics(
    String month, List<CategoryFigures> byCategory, CategoryFigures total) {}
