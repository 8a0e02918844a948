/** REST resources for time-limit rules. */
package cn.gov.bizenv.portal.rest.timelimits;
