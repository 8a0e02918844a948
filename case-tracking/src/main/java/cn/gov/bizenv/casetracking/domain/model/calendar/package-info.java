/** The working-day clock: official holiday arrangements and working-day deadlines. */
package cn.gov.bizenv.casetracking.domain.model.calendar;
