/** The mayor's mailbox: letters from the public, their writers' contact data and query codes. */
package cn.gov.bizenv.casetracking.domain.model.mailbox;
