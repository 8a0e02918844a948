/** Notifications: each person's bell, and the notifications other modules send. */
package cn.gov.bizenv.casetracking.application.notifications;
