/**
 * The working-day calendar and the time limits: holiday arrangements, deadlines and the rules per
 * channel and category.
 */
package cn.gov.bizenv.casetracking.application.calendar;
