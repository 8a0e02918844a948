package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;
import java.util.List;

/** A case with its full timeline, as the detail page and the API show it. */
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
    long version,
    List<TimelineEntry> timeline) {}
