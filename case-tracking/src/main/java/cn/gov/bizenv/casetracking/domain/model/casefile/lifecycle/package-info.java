/** The case status machine: which action may move a case from which status, and who may take it. */
package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;
