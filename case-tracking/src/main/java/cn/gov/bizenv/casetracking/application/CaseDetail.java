package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A case with its full timeline, as the detail page and the API show it. The category fields are
 * null while the case is not classified.
 */
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
    List<TimelineEntry> timeline,
    Long categoryId,
    String categoryCode,
    String categoryPath) {}
