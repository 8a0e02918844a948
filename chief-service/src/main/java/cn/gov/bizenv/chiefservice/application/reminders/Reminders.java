package cn.gov.bizenv.chiefservice.application.reminders;

import java.time.LocalDateTime;

/**
 * The reminder sweep: officers are reminded of pushes still 已推送 after each step of the configured
 * reminder rule, and firms overdue for a visit are flagged to their officer and the officer's
 * leaders, each once, in the bell. It runs by itself every hour on every server.
 */
public interface Reminders {
  /** Raises what is due as of the moment (the server's Beijing time unless replayed). */
  ReminderSweep sweep(LocalDateTime asOf);
}
