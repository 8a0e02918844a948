/** Time limits (办理时限) per channel and category, and the deadlines they set for a case. */
package cn.gov.bizenv.casetracking.domain.model.timelimit;
