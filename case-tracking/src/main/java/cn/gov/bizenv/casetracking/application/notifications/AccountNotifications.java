package cn.gov.bizenv.casetracking.application.notifications;

import java.util.List;

/**
 * Notifies accounts on behalf of the portal's other modules (chief service's reminders), in the
 * caller's transaction: the notification lands in the person's bell. Messages are bundle keys with
 * arguments, read in each person's language; they concern no case.
 */
public interface AccountNotifications {
  /** To the account with this id, if it exists and is active. */
  void notifyAccount(long accountId, String messageKey, List<String> arguments);

  /**
   * To the leaders who oversee the account: the leaders of its own unit, or, when that unit has
   * none, the leaders of the leading group office (营商环境领导小组办公室). The account's display name is
   * added as the last argument, so that the leaders read whose matter it is.
   */
  void notifyLeadersOf(long accountId, String messageKey, List<String> arguments);
}
