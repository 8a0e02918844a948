package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A case with its full timeline, as the detail page and the API show it. The category fields are
 * null while the case is not classified.
 *
 * <p>A merged case shows the reply, outcome and closing time of the case it was merged into once
 * that case is closed ({@code replyFromTrackingNumber} names it), because its writer must be
 * answered too.
 *
 * @param concernedUnitId the unit the writer named at intake
 * @param leadUnitId the lead unit (主办) chosen at dispatch; null before
 * @param reopenDue a 差评 at follow-up waits for the office to reopen the case
 * @param pendingExtensionDays working days of an extension request waiting for a decision
 * @param extensionGrantedDays working days added by approved extensions
 * @param mergedCaseNumbers the cases merged into this one, answered with its reply
 * @param allowedActions what the reader may do now
 * @param signOffDue when the lead unit must sign for the case (null before dispatch)
 * @param replyDue when the reply is due, extensions included (null before dispatch)
 * @param proposerName the deputy or member of a suggestion or proposal (null for other channels)
 * @param proposalNumber its number; {@code proposalSession} the session it was filed at
 * @param writer the writer's contact data recorded by staff, masked unless the reader is on the
 *     office's staff (null when none was recorded)
 * @param batchId the imported batch of an assigned case (上级交办), with its number and source
 *     document; null for cases recorded one by one
 * @param pausedSince since when the case waits for the writer's supplement (the clock is stopped);
 *     null while it does not
 * @param firmId the firm a firm's request (企业诉求) concerns, as chief service knows it; with {@code
 *     firmName}; null for other channels
 * @param answeredAssistingUnitNames the assisting units that gave their opinion (协办意见), so that the
 *     lead unit sees who has answered before it replies
 */
public record CaseDetail(
    long id,
    String trackingNumber,
    Channel channel,
    String title,
    String content,
    long concernedUnitId,
    String concernedUnitName,
    CaseStatus status,
    LocalDateTime receivedAt,
    String recordedBy,
    Long leadUnitId,
    String leadUnitName,
    List<Long> assistingUnitIds,
    List<String> assistingUnitNames,
    String rejectionReason,
    String reply,
    String replyAuthor,
    LocalDateTime repliedAt,
    String replyFromTrackingNumber,
    CaseOutcome outcome,
    LocalDateTime closedAt,
    Satisfaction satisfaction,
    boolean reopenDue,
    int reopenCount,
    Integer pendingExtensionDays,
    String pendingExtensionReason,
    int extensionGrantedDays,
    Long mergedIntoId,
    String mergedIntoTrackingNumber,
    List<String> mergedCaseNumbers,
    long version,
    List<TimelineEntry> timeline,
    List<CaseAction> allowedActions,
    Long categoryId,
    String categoryCode,
    String categoryPath,
    LocalDateTime signOffDue,
    LocalDateTime replyDue,
    String proposerName,
    String proposalNumber,
    String proposalSession,
    WriterContact writer,
    Long batchId,
    String batchNumber,
    String batchSource,
    LocalDateTime pausedSince,
    Long firmId,
    String firmName,
    List<String> answeredAssistingUnitNames) {
  public CaseDetail {
    answeredAssistingUnitNames = List.copyOf(answeredAssistingUnitNames);
    assistingUnitIds = List.copyOf(assistingUnitIds);
    assistingUnitNames = List.copyOf(assistingUnitNames);
    mergedCaseNumbers = List.copyOf(mergedCaseNumbers);
    timeline = List.copyOf(timeline);
    allowedActions = List.copyOf(allowedActions);
  }
}
