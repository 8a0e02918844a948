package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.cases.TimelineEntry;
import cn.gov.bizenv.casetracking.application.cases.WriterContact;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.AccountSummary;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatch;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PersonalDataMask;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns case entities into the records that leave the EJB boundary. */
@ApplicationScoped
public class CaseViews {
  /** Merges cannot form cycles (only open, unmerged cases take duplicates); this guards anyway. */
  private static final int MAX_MERGE_HOPS = 20;

  @Inject CaseFileRepository cases;
  @Inject CaseAccess access;
  @Inject AccountRepository accounts;

  /** The case as the caller sees it, with the actions the caller may take now. */
  public CaseDetail detail(CaseFile caseFile, CallerProfile caller) {
    Optional<CaseFile> mergedInto =
        Optional.ofNullable(caseFile.getMergedIntoId()).flatMap(cases::find);
    // The writer of a merged case is answered with the reply of the case that absorbed it.
    CaseFile answering = answeringCase(caseFile);
    String replyFrom = answering == caseFile ? null : answering.getTrackingNumber();
    IntakeBatch batch = caseFile.getBatch();
    List<TimelineEntry> timeline = timeline(caseFile);
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
        caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getId(),
        caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getName(),
        caseFile.getAssistingUnits().stream().map(Unit::getId).toList(),
        caseFile.getAssistingUnits().stream().map(Unit::getName).toList(),
        caseFile.getRejectionReason(),
        answering.getReply().getText(),
        answering.getReply().getAuthor(),
        answering.getReply().getRepliedAt(),
        replyFrom,
        answering.getOutcome(),
        answering.getClosedAt(),
        caseFile.getSatisfaction(),
        caseFile.isReopenDue(),
        caseFile.getReopenCount(),
        caseFile.getExtension().getRequestedDays(),
        caseFile.getExtension().getRequestReason(),
        caseFile.getExtension().getGrantedDays(),
        caseFile.getMergedIntoId(),
        mergedInto.map(CaseFile::getTrackingNumber).orElse(null),
        cases.trackingNumbersMergedInto(caseFile.getId()),
        caseFile.getVersion(),
        timeline,
        new ArrayList<>(access.allowedActions(caseFile, caller)),
        caseFile.getCategory() == null ? null : caseFile.getCategory().getId(),
        caseFile.getCategory() == null ? null : caseFile.getCategory().getCode(),
        categoryPath(caseFile),
        caseFile.getClock().getSignOffDue(),
        caseFile.getClock().getReplyDue(),
        caseFile.getProposal().getProposerName(),
        caseFile.getProposal().getNumber(),
        caseFile.getProposal().getSession(),
        writer(caseFile, caller),
        batch == null ? null : batch.getId(),
        batch == null ? null : batch.getBatchNumber(),
        batch == null ? null : batch.getSourceDocument(),
        caseFile.getClock().getPausedSince(),
        caseFile.getFirmId(),
        caseFile.getFirmName(),
        timeline.stream()
            .filter(entry -> entry.type() == CaseEventType.ASSIST_OPINION)
            .map(TimelineEntry::actorUnitName)
            .filter(caseFile.getAssistingUnits().stream().map(Unit::getName).toList()::contains)
            .distinct()
            .toList());
  }

  private static WriterContact writer(CaseFile caseFile, CallerProfile caller) {
    if (caseFile.getWriter().getName() == null
        && caseFile.getWriter().getPhone() == null
        && caseFile.getWriter().getIdNumber() == null) {
      return null;
    }
    if (CaseAccess.seesPersonalData(caller)) {
      return new WriterContact(
          caseFile.getWriter().getName(),
          caseFile.getWriter().getPhone(),
          caseFile.getWriter().getIdNumber(),
          false);
    }
    return new WriterContact(
        PersonalDataMask.name(caseFile.getWriter().getName()),
        PersonalDataMask.mobile(caseFile.getWriter().getPhone()),
        PersonalDataMask.idNumber(caseFile.getWriter().getIdNumber()),
        true);
  }

  /**
   * The case whose reply answers this one's writer: for a case merged into another, the last case
   * of the merge chain once that case is closed; otherwise the case itself.
   */
  public CaseFile answeringCase(CaseFile caseFile) {
    if (caseFile.getStatus() == CaseStatus.MERGED) {
      CaseFile last = finalTarget(caseFile);
      if (last != caseFile && isAnswered(last)) {
        return last;
      }
    }
    return caseFile;
  }

  private CaseFile finalTarget(CaseFile caseFile) {
    CaseFile current = caseFile;
    for (int hop = 0; hop < MAX_MERGE_HOPS && current.getMergedIntoId() != null; hop++) {
      Optional<CaseFile> next = cases.find(current.getMergedIntoId());
      if (next.isEmpty()) {
        break;
      }
      current = next.get();
    }
    return current;
  }

  private static boolean isAnswered(CaseFile caseFile) {
    return caseFile.getStatus() == CaseStatus.CLOSED
        || caseFile.getStatus() == CaseStatus.FOLLOWED_UP;
  }

  public static CaseSummary summary(CaseFile caseFile) {
    return summary(caseFile, null, null);
  }

  /**
   * A list row with the time an open case has had and has left, counted in working days on {@code
   * calendar} as of {@code today} (no times when the calendar is null).
   */
  public static CaseSummary summary(
      CaseFile caseFile, WorkingDayCalendar calendar, LocalDate today) {
    Integer since = null;
    Integer left = null;
    if (calendar != null && caseFile.getStatus().isOpen()) {
      LocalDate received = caseFile.getReceivedAt().toLocalDate();
      since = Math.max(0, calendar.workingDaysBetween(received, today));
      if (caseFile.getClock().getReplyDue() != null) {
        // Negative once the due date has passed: that many working days overdue.
        left = calendar.workingDaysBetween(today, caseFile.getClock().getReplyDue().toLocalDate());
      }
    }
    return new CaseSummary(
        caseFile.getId(),
        caseFile.getTrackingNumber(),
        caseFile.getChannel(),
        caseFile.getTitle(),
        caseFile.getConcernedUnit().getName(),
        caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getName(),
        caseFile.getStatus(),
        caseFile.getReceivedAt(),
        categoryPath(caseFile),
        caseFile.getClock().getReplyDue(),
        since,
        left,
        caseFile.getBatch() == null ? null : caseFile.getBatch().getBatchNumber());
  }

  private static String categoryPath(CaseFile caseFile) {
    return caseFile.getCategory() == null ? null : caseFile.getCategory().path();
  }

  /** The case's timeline with each person's name and unit, read in one query for all of them. */
  List<TimelineEntry> timeline(CaseFile caseFile) {
    List<CaseEvent> events = cases.timeline(caseFile.getId());
    Map<String, AccountSummary> people =
        accounts
            .summariesByUsername(
                events.stream()
                    .map(CaseEvent::getActor)
                    .filter(actor -> CaseActor.of(actor) == CaseActor.PERSON)
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(AccountSummary::username, Function.identity()));
    return events.stream().map(event -> entry(event, people.get(event.getActor()))).toList();
  }

  static TimelineEntry entry(CaseEvent event, AccountSummary person) {
    CaseEvent.Facts facts = event.getFacts();
    return new TimelineEntry(
        event.getType(),
        event.getActor(),
        CaseActor.of(event.getActor()),
        person == null ? null : person.displayName(),
        person == null ? null : person.unitName(),
        event.getOccurredAt(),
        event.getFromStatus(),
        event.getToStatus(),
        event.getNote(),
        facts.leadUnitName(),
        facts.assistingUnitNames(),
        facts.extensionDays(),
        facts.outcome(),
        facts.satisfaction(),
        facts.relatedTrackingNumber());
  }

  /** An imported batch of assigned cases as lists of batches show it. */
  public static BatchView batch(IntakeBatch batch) {
    return new BatchView(
        batch.getId(),
        batch.getBatchNumber(),
        batch.getSourceDocument(),
        batch.getImportedBy(),
        batch.getImportedAt(),
        batch.getCaseCount());
  }
}
