package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;

/** One row of a case list. */
public record CaseSummary(
    long id,
    String trackingNumber,
    Channel channel,
    String title,
    String concernedUnitName,
    CaseStatus status,
    LocalDateTime receivedAt) {}
