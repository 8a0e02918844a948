package cn.gov.bizenv.casetracking.application.mailbox.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.attachments.internal.AttachmentKeeper;
import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseAccess;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseRecorder;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseViews;
import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.DistrictChoice;
import cn.gov.bizenv.casetracking.application.directory.internal.CategoryTreeService;
import cn.gov.bizenv.casetracking.application.mailbox.CategoryFigures;
import cn.gov.bizenv.casetracking.application.mailbox.LetterContact;
import cn.gov.bizenv.casetracking.application.mailbox.LetterRating;
import cn.gov.bizenv.casetracking.application.mailbox.LetterReceipt;
import cn.gov.bizenv.casetracking.application.mailbox.LetterStatus;
import cn.gov.bizenv.casetracking.application.mailbox.MonthlyStatistics;
import cn.gov.bizenv.casetracking.application.mailbox.NewLetter;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.application.mailbox.PublishedLetterView;
import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent.Facts;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Transition;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MailboxLetter;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MailboxLetterRepository;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MonthlyFigures;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PersonalDataMask;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublicStatus;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetter;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterCriteria;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterRepository;
import cn.gov.bizenv.casetracking.domain.model.mailbox.QueryCode;
import cn.gov.bizenv.casetracking.domain.model.mailbox.ResidentIdNumber;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The public entry to intake: anyone may write, so this service validates the letter itself and
 * hands the case to the same {@link CaseRecorder} that staff intake uses; the writer's contact data
 * goes to its own table. Abuse protection (rate limit, challenge, one-time form token) belongs to
 * the web tier, which knows the address and the session.
 */
@Stateless
@PermitAll
public class PublicMailboxService implements PublicMailbox {
  /** The actor recorded for what the writer does: the case's intake and the rating. */
  static final String WRITER = CaseActor.PUBLIC_WRITER;

  @Inject AuditLog audit;
  @Inject CaseRecorder recorder;
  @Inject CaseFileRepository cases;
  @Inject MailboxLetterRepository letters;
  @Inject UnitRepository units;
  @Inject CategoryRepository categories;
  @Inject PublishedLetterRepository published;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject NotificationSender notify;
  @Inject Callers callers;
  @Inject CaseAccess access;
  @Inject CaseViews views;
  @Inject AttachmentKeeper attachments;

  @Override
  public List<DistrictChoice> districts() {
    // Few counties exist (nine in the city), so one small page holds them all.
    return units
        .find(
            new UnitCriteria(null, UnitKind.COUNTY_OR_DISTRICT, true),
            new PageRequest(0, 200, "name", true))
        .stream()
        .map(unit -> new DistrictChoice(unit.getId(), unit.getName()))
        .toList();
  }

  @Override
  public List<CategoryNode> categories() {
    return CategoryTreeService.tree(categories.allActive());
  }

  @Override
  public LetterReceipt write(NewLetter letter) {
    return write(letter, List.of());
  }

  @Override
  public LetterReceipt write(NewLetter letter, List<NewAttachment> files) {
    List<NewAttachment> sent = files == null ? List.of() : files;
    if (letter == null) {
      validation.check(null);
    }
    List<FieldViolation> problems = problemsWith(letter);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    attachments.check(sent, 0);
    CaseFile caseFile =
        recorder.record(
            new NewCase(
                Channel.MAYOR_MAILBOX,
                letter.title(),
                letter.content(),
                letter.districtId(),
                letter.categoryId()),
            WRITER);
    String queryCode = QueryCode.generate();
    letters.add(
        new MailboxLetter(
            caseFile,
            letter.type(),
            letter.firmName(),
            letter.writerName(),
            letter.mobile(),
            letter.idNumber() == null ? null : letter.idNumber().strip(),
            letter.publishConsent(),
            queryCode));
    attachments.keep(AttachmentOwner.CASE, caseFile.getId(), sent, WRITER);
    return new LetterReceipt(caseFile.getTrackingNumber(), queryCode, caseFile.getReceivedAt());
  }

  @Override
  public void checkAttachments(List<NewAttachment> files) {
    attachments.check(files, 0);
  }

  @Override
  public List<FieldViolation> problemsWith(NewLetter letter) {
    if (letter == null) {
      return List.of(new FieldViolation("", "input.missing", java.util.Map.of()));
    }
    List<FieldViolation> problems = new ArrayList<>(validation.violations(letter));
    if (letter.idNumber() != null
        && !letter.idNumber().isBlank()
        && !ResidentIdNumber.isValid(letter.idNumber().strip())
        && !names(problems, "idNumber")) {
      problems.add(new FieldViolation("idNumber", "letter.idNumber.invalid", java.util.Map.of()));
    }
    boolean district =
        letter.districtId() != null
            && units
                .find(letter.districtId())
                .filter(Unit::isActive)
                .filter(unit -> unit.getKind() == UnitKind.COUNTY_OR_DISTRICT)
                .isPresent();
    if (!district && !names(problems, "districtId")) {
      problems.add(
          new FieldViolation("districtId", "letter.districtId.unknown", java.util.Map.of()));
    }
    return List.copyOf(problems);
  }

  private static boolean names(List<FieldViolation> problems, String field) {
    return problems.stream().anyMatch(problem -> problem.field().equals(field));
  }

  @Override
  public LetterStatus track(String trackingNumber, String queryCode) {
    return statusOf(opened(trackingNumber, queryCode));
  }

  @Override
  public LetterStatus rate(String trackingNumber, String queryCode, LetterRating rating) {
    MailboxLetter letter = opened(trackingNumber, queryCode);
    validation.check(rating);
    CaseFile caseFile = letter.getCaseFile();
    if (!mayRate(caseFile)) {
      throw new RuleViolationException("letter.rating.notOpen");
    }
    LocalDateTime now = clock.now();
    // The writer's own rating is the follow-up (回访) the office would otherwise phone for. A letter
    // merged into another case rates the reply that answered it; its status stays MERGED.
    Transition transition =
        caseFile.getStatus() == CaseStatus.MERGED
            ? new Transition(CaseStatus.MERGED, CaseAction.FOLLOW_UP, CaseStatus.MERGED)
            : new Transition(CaseStatus.CLOSED, CaseAction.FOLLOW_UP, CaseStatus.FOLLOWED_UP);
    caseFile.recordRating(rating.satisfaction());
    caseFile.follow(transition);
    letter.recordRatingComment(rating.comment(), now);
    cases.addEvent(
        new CaseEvent(
            caseFile.getId(),
            CaseEventType.FOLLOW_UP,
            WRITER,
            now,
            transition.from(),
            transition.to(),
            letter.getRatingComment(),
            Facts.rating(rating.satisfaction())));
    cases.saveAction(caseFile);
    if (rating.satisfaction().isBad()) {
      CaseFile answering = views.answeringCase(caseFile);
      if (answering != caseFile) {
        answering.reopenRequestedByMergedWriter();
        cases.saveAction(answering);
      }
      for (Role office : List.of(Role.TRIAGE_OFFICER, Role.SUPERVISOR)) {
        notify.toRole(
            office,
            null,
            WRITER,
            "notice.case.reopenRequested",
            List.of(answering.getTrackingNumber(), answering.getTitle()),
            answering.getId());
      }
    }
    return statusOf(letter);
  }

  @Override
  public Page<PublishedLetterView> published(PublishedLetterCriteria criteria, PageRequest page) {
    return new Page<>(
        published.find(criteria, page).stream().map(PublicMailboxService::view).toList(),
        published.count(criteria));
  }

  @Override
  public MonthlyStatistics statistics(YearMonth month) {
    List<MonthlyFigures> byCategory = published.monthlyFigures(month);
    MonthlyFigures total =
        byCategory.stream()
            .reduce(new MonthlyFigures(null, 0, 0, 0, 0, 0, 0), MonthlyFigures::plus);
    return new MonthlyStatistics(
        month.toString(),
        byCategory.stream().map(CategoryFigures::of).toList(),
        CategoryFigures.of(total));
  }

  static PublishedLetterView view(PublishedLetter letter) {
    return new PublishedLetterView(
        letter.getId(),
        letter.getTitle(),
        letter.getContent(),
        letter.getReply(),
        letter.getReplyingUnit(),
        letter.getCategoryName(),
        letter.getReceivedAt(),
        letter.getAnsweredAt());
  }

  @Override
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, UNIT_HANDLER, LEADER})
  public LetterContact contact(long caseId) {
    CallerProfile caller = callers.current();
    access.visibleCase(caseId, caller);
    MailboxLetter letter =
        letters.findByCaseId(caseId).orElseThrow(() -> new NotFoundException("letter", caseId));
    boolean unmasked = CaseAccess.seesPersonalData(caller);
    if (unmasked) {
      audit.record(AuditEventType.PERSONAL_DATA_VIEWED, "letter of case " + caseId, null);
    }
    return new LetterContact(
        caseId,
        letter.getType(),
        letter.getFirmName(),
        unmasked ? letter.getWriterName() : PersonalDataMask.name(letter.getWriterName()),
        unmasked ? letter.getWriterMobile() : PersonalDataMask.mobile(letter.getWriterMobile()),
        unmasked
            ? letter.getWriterIdNumber()
            : PersonalDataMask.idNumber(letter.getWriterIdNumber()),
        letter.isPublishConsent(),
        letter.getRatingComment(),
        !unmasked);
  }

  /**
   * Whether the writer may rate now: their own case is closed and not rated yet, or it was merged
   * into a case whose reply, approved, answered them too, and they have not rated it.
   */
  private boolean mayRate(CaseFile caseFile) {
    if (caseFile.getStatus() == CaseStatus.CLOSED) {
      return true;
    }
    if (caseFile.getStatus() != CaseStatus.MERGED || caseFile.getSatisfaction() != null) {
      return false;
    }
    CaseStatus answered = views.answeringCase(caseFile).getStatus();
    return answered == CaseStatus.CLOSED || answered == CaseStatus.FOLLOWED_UP;
  }

  /** The letter, when number and code match; one answer for every kind of miss. */
  private MailboxLetter opened(String trackingNumber, String queryCode) {
    String number = trackingNumber == null ? "" : trackingNumber.strip();
    return letters
        .findByTrackingNumber(number)
        .filter(letter -> letter.opensWith(queryCode))
        .orElseThrow(() -> new NotFoundException("letter", number));
  }

  private LetterStatus statusOf(MailboxLetter letter) {
    CaseFile caseFile = letter.getCaseFile();
    PublicStatus status = PublicStatus.of(caseFile.getStatus());
    // A letter merged (并单) into another case is answered by that case's approved reply.
    CaseFile answering = views.answeringCase(caseFile);
    boolean merged = answering != caseFile;
    boolean answered = status == PublicStatus.ANSWERED || merged;
    return new LetterStatus(
        caseFile.getTrackingNumber(),
        letter.getType(),
        caseFile.getTitle(),
        status,
        caseFile.getReceivedAt(),
        status == PublicStatus.IN_HAND ? caseFile.getClock().getReplyDue() : null,
        answered ? answering.getClosedAt() : null,
        answered ? answering.getReply().getText() : null,
        answered && answering.getLeadUnit() != null ? answering.getLeadUnit().getName() : null,
        status == PublicStatus.NOT_ACCEPTED ? caseFile.getRejectionReason() : null,
        caseFile.getSatisfaction(),
        letter.getRatingComment(),
        mayRate(caseFile),
        merged ? answering.getTrackingNumber() : null,
        attachments.list(AttachmentOwner.CASE, caseFile.getId()).stream()
            .map(AttachmentView::fileName)
            .toList());
  }
}
