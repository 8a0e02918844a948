/** Pages for the firm register, assignments, coverage and the assignment import. */
package cn.gov.bizenv.portal.web.firms;
