/** The audit log of security-relevant events and views of personal data. */
package cn.gov.bizenv.casetracking.domain.model.audit;
