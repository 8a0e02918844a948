package cn.gov.bizenv.casetracking.application.mailbox;

import java.time.LocalDateTime;

/**
 * What the writer takes away: the tracking number and the query code, which is shown this once and
 * never again (only its hash is stored).
 */
public record LetterReceipt(String trackingNumber, String queryCode, LocalDateTime receivedAt) {}
