/**
 * Routing suggestions learned from history: the text classifier over character n-grams, its
 * cross-validation, the stored model, the imported training examples, the default units per
 * category and what officers did with the suggestions.
 */
package cn.gov.bizenv.casetracking.domain.model.triage;
