package cn.gov.bizenv.casetracking.application.batches;

import java.time.LocalDateTime;

/** An imported batch of assigned cases (上级交办). */
public record BatchView(
    long id,
    String batchNumber,
    String sourceDocument,
    String importedBy,
    LocalDateTime importedAt,
    int caseCount) {}
