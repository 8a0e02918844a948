package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHighlights;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;

/**
 * One row of a case list; {@code leadUnitName} is null until the case is dispatched, {@code
 * categoryPath} while the case is not classified, {@code replyDue} until it is on the clock.
 *
 * @param workingDaysSinceReceipt working days since the day of receipt, while the case is open
 * @param workingDaysLeft working days until the reply is due (0 on the due date, negative once
 *     overdue), while the case is open and on the clock
 * @param batchNumber the imported batch of an assigned case, if any
 * @param highlights the searched words marked in the title and a passage of the content, when the
 *     list was searched for text (null otherwise)
 */
public record CaseSummary(
    long id,
    String trackingNumber,
    Channel channel,
    String title,
    String concernedUnitName,
    String leadUnitName,
    CaseStatus status,
    LocalDateTime receivedAt,
    String categoryPath,
    LocalDateTime replyDue,
    Integer workingDaysSinceReceipt,
    Integer workingDaysLeft,
    String batchNumber,
    CaseHighlights highlights) {
  public CaseSummary(
      long id,
      String trackingNumber,
      Channel channel,
      String title,
      String concernedUnitName,
      String leadUnitName,
      CaseStatus status,
      LocalDateTime receivedAt,
      String categoryPath,
      LocalDateTime replyDue,
      Integer workingDaysSinceReceipt,
      Integer workingDaysLeft,
      String batchNumber) {
    this(
        id,
        trackingNumber,
        channel,
        title,
        concernedUnitName,
        leadUnitName,
        status,
        receivedAt,
        categoryPath,
        replyDue,
        workingDaysSinceReceipt,
        workingDaysLeft,
        batchNumber,
        null);
  }

  public CaseSummary withHighlights(CaseHighlights marked) {
    return new CaseSummary(
        id,
        trackingNumber,
        channel,
        title,
        concernedUnitName,
        leadUnitName,
        status,
        receivedAt,
        categoryPath,
        replyDue,
        workingDaysSinceReceipt,
        workingDaysLeft,
        batchNumber,
        marked);
  }
}
