/**
 * REST resources for supervision reports: dashboard figures, drill-down lists and Excel exports.
 */
package cn.gov.bizenv.portal.rest.reports;
