/**
 * The routing suggestions in the record form and the dispatch dialog, and the administrator's page.
 */
package cn.gov.bizenv.portal.web.triage;
