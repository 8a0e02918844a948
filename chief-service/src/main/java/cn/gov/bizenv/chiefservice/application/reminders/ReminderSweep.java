package cn.gov.bizenv.chiefservice.application.reminders;

/**
 * What one sweep did: undelivered pushes looked at and reminders sent; firms overdue for a visit
 * looked at and newly flagged. What another server raised first is not counted here.
 */
public record ReminderSweep(
    int deliveriesChecked, int remindersSent, int overdueFirmsChecked, int firmsFlagged) {}
