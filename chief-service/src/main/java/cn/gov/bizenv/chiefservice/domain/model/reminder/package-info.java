/** Reminders of undelivered pushes and flags of firms overdue for a visit, each raised once. */
package cn.gov.bizenv.chiefservice.domain.model.reminder;
