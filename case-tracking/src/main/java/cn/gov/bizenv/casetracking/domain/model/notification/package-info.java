/** Notifications: the bell that tells people what they must act on. */
package cn.gov.bizenv.casetracking.domain.model.notification;
