package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;

/** One row of a case list; {@code categoryPath} is null while the case is not classified. */
public record CaseSummary(
    long id,
    String trackingNumber,
    Channel channel,
    String title,
    String concernedUnitName,
    CaseStatus status,
    LocalDateTime receivedAt,
    String categoryPath) {}
