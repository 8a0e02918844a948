/** Paging of lists that can grow: every list in the portal is read a page at a time. */
package cn.gov.bizenv.casetracking.domain.shared.paging;
