/** The audit log's use cases: recording events and reading them. */
package cn.gov.bizenv.casetracking.application.audit;
