/** The notification EJBs and the writer every action uses to notify, in its own transaction. */
package cn.gov.bizenv.casetracking.application.notifications.internal;
