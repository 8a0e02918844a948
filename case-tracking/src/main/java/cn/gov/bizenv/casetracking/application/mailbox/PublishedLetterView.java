package cn.gov.bizenv.casetracking.application.mailbox;

import java.time.LocalDateTime;

/** A published letter as the public list shows it; personal data is masked. */
public record PublishedLetterView(
    long id,
    String title,
    String content,
    String reply,
    String replyingUnit,
    String categoryName,
    LocalDateTime receivedAt,
    LocalDateTime answeredAt) {}
