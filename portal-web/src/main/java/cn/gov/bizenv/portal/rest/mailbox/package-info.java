/** The public mailbox API (no sign-in) and the office's view of letter writers' contact data. */
package cn.gov.bizenv.portal.rest.mailbox;
