package cn.gov.bizenv.casetracking.domain.model.triage;

/**
 * A message with the label it was given: a category id when the classifier learns categories.
 *
 * @param title the message's title
 * @param content the message's text
 * @param label what it was classified as
 */
public record LabelledText(String title, String content, long label) {}
