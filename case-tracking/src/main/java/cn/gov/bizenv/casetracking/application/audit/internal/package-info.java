/** The audit log's implementation. */
package cn.gov.bizenv.casetracking.application.audit.internal;
