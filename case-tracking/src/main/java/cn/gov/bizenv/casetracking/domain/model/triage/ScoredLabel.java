package cn.gov.bizenv.casetracking.domain.model.triage;

/**
 * A label with the classifier's probability for it.
 *
 * @param label the label (a category id)
 * @param score the probability, 0 to 1; the scores of all labels sum to 1
 */
public record ScoredLabel(long label, double score) {}
