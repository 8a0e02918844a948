/** The reminder sweep: pushes left undelivered and firms overdue for a visit. */
package cn.gov.bizenv.chiefservice.application.reminders;
