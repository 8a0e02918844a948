/** Limits on attempts, counted where every server sees them. */
package cn.gov.bizenv.casetracking.application.attempts;
