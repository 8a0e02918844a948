/** The calendar, deadline and time-limit EJBs and the calendar kept in memory. */
package cn.gov.bizenv.casetracking.application.calendar.internal;
