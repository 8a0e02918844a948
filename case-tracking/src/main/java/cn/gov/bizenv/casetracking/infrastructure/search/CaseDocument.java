package cn.gov.bizenv.casetracking.infrastructure.search;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the index knows of a case: the text that is searched and the values its filters and sort
 * orders need. The writer's name, phone and identity number are deliberately not part of it.
 *
 * @param districtId the concerned unit when it is a county or district, else null
 */
public record CaseDocument(
    long id,
    String trackingNumber,
    String title,
    String content,
    String categoryCode,
    String categoryPath,
    Channel channel,
    CaseStatus status,
    long concernedUnitId,
    String concernedUnitName,
    Long districtId,
    Long leadUnitId,
    String leadUnitName,
    List<Long> assistingUnitIds,
    List<String> assistingUnitNames,
    LocalDateTime receivedAt,
    LocalDateTime closedAt,
    Long batchId) {
  public CaseDocument {
    assistingUnitIds = List.copyOf(assistingUnitIds);
    assistingUnitNames = List.copyOf(assistingUnitNames);
  }
}
