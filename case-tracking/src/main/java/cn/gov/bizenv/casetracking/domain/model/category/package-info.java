/** The configurable three-level category tree by which cases are classified, and its CSV import. */
package cn.gov.bizenv.casetracking.domain.model.category;
