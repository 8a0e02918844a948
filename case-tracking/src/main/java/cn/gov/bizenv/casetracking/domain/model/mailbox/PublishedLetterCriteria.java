package cn.gov.bizenv.casetracking.domain.model.mailbox;

import java.time.YearMonth;

/**
 * Filters of the public list; null means "any".
 *
 * @param text part of the title, the letter or the reply
 * @param categoryCode a category's code: the letters in its subtree
 * @param month the month the letters were received in
 */
public record PublishedLetterCriteria(String text, String categoryCode, YearMonth month) {}
