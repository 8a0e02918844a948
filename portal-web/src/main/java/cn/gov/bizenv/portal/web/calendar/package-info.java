/** The administrator's page for the working-day calendar. */
package cn.gov.bizenv.portal.web.calendar;
