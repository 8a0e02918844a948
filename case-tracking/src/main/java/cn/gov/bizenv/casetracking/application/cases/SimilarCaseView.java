package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;

/** A case found about the same problem, with its similarity in [0, 1] (1: the same text). */
public record SimilarCaseView(
    long caseId,
    String trackingNumber,
    String title,
    Channel channel,
    CaseStatus status,
    String concernedUnitName,
    LocalDateTime receivedAt,
    double score) {}
