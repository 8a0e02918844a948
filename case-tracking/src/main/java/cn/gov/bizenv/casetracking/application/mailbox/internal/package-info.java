/** The mailbox's EJBs: the public entry to intake and the publication of answered letters. */
package cn.gov.bizenv.casetracking.application.mailbox.internal;
