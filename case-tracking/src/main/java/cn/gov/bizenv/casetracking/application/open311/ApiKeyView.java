package cn.gov.bizenv.casetracking.application.open311;

import java.time.LocalDateTime;

/**
 * An Open311 client's key as administrators see it; the key itself appears only in {@code key}, and
 * only in the answer that issued it.
 */
public record ApiKeyView(
    long id,
    String name,
    LocalDateTime createdAt,
    String createdBy,
    LocalDateTime revokedAt,
    String key) {}
