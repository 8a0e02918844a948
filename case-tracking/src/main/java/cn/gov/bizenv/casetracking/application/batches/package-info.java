/** Batches of cases assigned by a higher authority (上级交办), imported from Excel after a preview. */
package cn.gov.bizenv.casetracking.application.batches;
