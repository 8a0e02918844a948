/** Supervision reports for leaders: the dashboard, drill-down lists and their Excel exports. */
package cn.gov.bizenv.portal.web.reports;
