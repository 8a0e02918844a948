package cn.gov.bizenv.casetracking.application.triage;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;

/** A case about the same problem, found by the similar-cases search. */
public record SimilarCase(
    long caseId,
    String trackingNumber,
    String title,
    Channel channel,
    CaseStatus status,
    double score)
    implements java.io.Serializable {}
