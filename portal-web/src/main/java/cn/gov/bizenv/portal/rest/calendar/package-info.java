/** REST resources for the working-day calendar. */
package cn.gov.bizenv.portal.rest.calendar;
