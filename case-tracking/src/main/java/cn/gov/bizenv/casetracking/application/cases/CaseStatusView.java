package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.time.LocalDateTime;

/**
 * Where a case stands, for pages that follow cases they raised (a visit shows its firm's requests):
 * who handles it, by when, and once the office approved it, the reply.
 *
 * @param leadUnitName the lead unit (主办), null before dispatch
 * @param replyDue when the reply is due, null before dispatch
 * @param reply the approved reply, null until the case is closed
 */
public record CaseStatusView(
    long id,
    String trackingNumber,
    String title,
    String concernedUnitName,
    CaseStatus status,
    String leadUnitName,
    LocalDateTime replyDue,
    String reply) {
  /** A case the caller may not see live: its number and title as recorded, nothing else. */
  public static CaseStatusView recorded(long id, String trackingNumber, String title) {
    return new CaseStatusView(id, trackingNumber, title, null, null, null, null, null);
  }
}
