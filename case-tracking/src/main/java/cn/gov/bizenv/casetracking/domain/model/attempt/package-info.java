/** Attempts counted against a limit (failed sign-ins, letters, wrong query codes). */
package cn.gov.bizenv.casetracking.domain.model.attempt;
