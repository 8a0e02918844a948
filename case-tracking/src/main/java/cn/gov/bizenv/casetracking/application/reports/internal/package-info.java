/** The reports and bulletin EJBs. */
package cn.gov.bizenv.casetracking.application.reports.internal;
