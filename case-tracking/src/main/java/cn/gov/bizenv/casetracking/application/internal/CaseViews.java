package cn.gov.bizenv.casetracking.application.internal;

import cn.gov.bizenv.casetracking.application.CaseDetail;
import cn.gov.bizenv.casetracking.application.CaseSummary;
import cn.gov.bizenv.casetracking.application.TimelineEntry;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns case entities into the records that leave the EJB boundary. */
@ApplicationScoped
public class CaseViews {
  @Inject CaseFileRepository cases;

  public CaseDetail detail(CaseFile caseFile) {
    return new CaseDetail(
        caseFile.getId(),
        caseFile.getTrackingNumber(),
        caseFile.getChannel(),
        caseFile.getTitle(),
        caseFile.getContent(),
        caseFile.getConcernedUnit().getId(),
        caseFile.getConcernedUnit().getName(),
        caseFile.getStatus(),
        caseFile.getReceivedAt(),
        caseFile.getRecordedBy(),
        caseFile.getVersion(),
        cases.timeline(caseFile.getId()).stream().map(CaseViews::entry).toList(),
        caseFile.getCategory() == null ? null : caseFile.getCategory().getId(),
        caseFile.getCategory() == null ? null : caseFile.getCategory().getCode(),
        categoryPath(caseFile));
  }

  public static CaseSummary summary(CaseFile caseFile) {
    return new CaseSummary(
        caseFile.getId(),
        caseFile.getTrackingNumber(),
        caseFile.getChannel(),
        caseFile.getTitle(),
        caseFile.getConcernedUnit().getName(),
        caseFile.getStatus(),
        caseFile.getReceivedAt(),
        categoryPath(caseFile));
  }

  private static String categoryPath(CaseFile caseFile) {
    return caseFile.getCategory() == null ? null : caseFile.getCategory().path();
  }

  static TimelineEntry entry(CaseEvent event) {
    return new TimelineEntry(
        event.getType(),
        event.getActor(),
        event.getOccurredAt(),
        event.getFromStatus(),
        event.getToStatus(),
        event.getNote());
  }
}
