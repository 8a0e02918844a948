/** The administrator's page for time-limit rules. */
package cn.gov.bizenv.portal.web.timelimits;
