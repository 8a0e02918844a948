/** Accounts and roles: who signs in, to which unit they belong and what they may do. */
package cn.gov.bizenv.casetracking.domain.model.account;
