/** Batches of cases assigned by a higher authority (上级交办) and imported from spreadsheets. */
package cn.gov.bizenv.casetracking.domain.model.intake;
