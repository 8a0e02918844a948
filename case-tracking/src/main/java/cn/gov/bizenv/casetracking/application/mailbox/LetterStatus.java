package cn.gov.bizenv.casetracking.application.mailbox;

import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.mailbox.LetterType;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublicStatus;
import java.time.LocalDateTime;

/**
 * A letter as its writer tracks it: the status in plain words, the dates, and the reply once the
 * office has approved it (a draft under review is never shown).
 *
 * @param reply the approved reply, or null
 * @param replyingUnit the lead unit that replied, or null
 * @param rejectionReason why the letter was not accepted, or null
 * @param satisfaction the writer's rating, once given
 * @param canRate whether the reply waits for the writer's rating
 * @param replyFrom for a letter merged (并单) into another case: that case's tracking number once its
 *     reply is approved (the reply shown is that case's), otherwise null
 * @param attachments the names of the files the writer sent with the letter
 */
public record LetterStatus(
    String trackingNumber,
    LetterType type,
    String title,
    PublicStatus status,
    LocalDateTime receivedAt,
    LocalDateTime replyDue,
    LocalDateTime answeredAt,
    String reply,
    String replyingUnit,
    String rejectionReason,
    Satisfaction satisfaction,
    String ratingComment,
    boolean canRate,
    String replyFrom,
    java.util.List<String> attachments) {}
