package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Transition;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatch;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case (件): a lead, message, letter, suggestion, proposal or complaint that is handled to
 * closure. What happened to it is kept as {@link CaseEvent}s; the case itself holds the current
 * state only. Whether an action is allowed at all is the lifecycle's decision ({@code
 * CaseLifecycle}); the methods here keep the case's own data consistent.
 *
 * <p>{@code concernedUnit} is the unit the writer named at intake and never changes; the lead unit
 * (主办) and assisting units (协办) are chosen at dispatch and decide which units see the case.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {
  public static final int TITLE_MAX = 200;
  public static final int CONTENT_MAX = 20000;
  public static final int REPLY_MAX = CaseEvent.NOTE_MAX;
  public static final int REASON_MAX = CaseEvent.NOTE_MAX;

  /** The longest extension one request may ask for, in working days. */
  public static final int MAX_EXTENSION_DAYS = 30;

  public static final int FIRM_NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  private Long id;

  @Column(name = "tracking_number", nullable = false, unique = true, length = 20)
  private String trackingNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Channel channel;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "concerned_unit_id", nullable = false)
  private Unit concernedUnit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  @Column(name = "recorded_by", nullable = false, length = 50)
  private String recordedBy;

  /** The level-3 category, or null while the case is not classified yet. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_unit_id")
  private Unit leadUnit;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "case_assisting_unit",
      joinColumns = @JoinColumn(name = "case_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  @OrderBy("name")
  private Set<Unit> assistingUnits = new LinkedHashSet<>();

  @Column(name = "rejection_reason", length = REASON_MAX)
  private String rejectionReason;

  @Embedded private CaseReply reply;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private CaseOutcome outcome;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Satisfaction satisfaction;

  @Column(name = "reopen_due", nullable = false)
  private boolean reopenDue;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Embedded private CaseExtension extension = CaseExtension.none();

  @Embedded private HandlingClock clock = HandlingClock.notStarted();

  // Finished waits; kept for the whole life of the case, the clock takes those of its round.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "case_pause", joinColumns = @JoinColumn(name = "case_id"))
  @OrderBy("startedAt")
  private List<WriterPause> pauses = new ArrayList<>();

  // Which firm a firm's request (企业诉求) concerns; chief service owns firms, so only id and name.
  @Column(name = "firm_id")
  private Long firmId;

  @Column(name = "firm_name", length = FIRM_NAME_MAX)
  private String firmName;

  // 人大代表建议 / 政协委员提案: who filed it, its number and the session.
  @Embedded private ProposalReference proposal;

  // The writer's contact data as staff recorded it; personal data, masked for all but the office.
  @Embedded private WriterContactDetails writer;

  /** The imported batch of an assigned case (上级交办); null for cases recorded one by one. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "batch_id")
  private IntakeBatch batch;

  // Derived from the title, content and tracking number, which never change after intake; the
  // text search's index reads it (SearchTerms, V12).
  @Column(name = "search_terms", length = SearchTerms.MAX_LENGTH)
  private String searchTerms;

  @Version private long version;

  protected CaseFile() {}

  /** Records a new case, waiting for triage; its tracking number is set once the id is known. */
  public CaseFile(
      Channel channel,
      String title,
      String content,
      Unit concernedUnit,
      LocalDateTime receivedAt,
      String recordedBy) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.title = Objects.requireNonNull(title, "title").strip();
    this.content = Objects.requireNonNull(content, "content").strip();
    this.concernedUnit = Objects.requireNonNull(concernedUnit, "concernedUnit");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.status = CaseStatus.NEW;
    this.searchTerms = SearchTerms.of(this.title, this.content);
  }

  /**
   * Gives the case its readable number once the database id exists: year, channel code and the id,
   * for example {@code 2026XX00012345}. The id keeps it unique across channels and years.
   */
  public void assignTrackingNumber() {
    if (id == null) {
      throw new IllegalStateException("the case has no id yet");
    }
    if (trackingNumber == null) {
      trackingNumber = TrackingNumber.of(receivedAt.getYear(), channel, id);
      searchTerms = SearchTerms.of(title, content, trackingNumber);
    }
  }

  /**
   * Classifies the case under a third-level category, the precision the supervision reports count
   * by; null leaves it unclassified.
   */
  public void classify(Category category) {
    if (category != null && !category.isClassifiable()) {
      throw new IllegalArgumentException("cases are classified under an active level-3 category");
    }
    this.category = category;
  }

  /** Moves the case along a transition the lifecycle has approved for its current status. */
  public void follow(Transition transition) {
    if (transition.from() != status) {
      throw new IllegalStateException(
          "transition from " + transition.from() + " applied to a case in " + status);
    }
    status = transition.to();
  }

  /** 不予受理: the writer will read the reason. */
  public void reject(String reason) {
    rejectionReason = requireText(reason, REASON_MAX, "reason");
  }

  /**
   * 派单 (or 重新派单 after a return): the lead unit and the assisting units replace any earlier choice;
   * a pending extension request belonged to the earlier dispatch and lapses.
   */
  public void dispatchTo(Unit lead, Collection<Unit> assisting) {
    Objects.requireNonNull(lead, "lead");
    if (!lead.isActive() || assisting.stream().anyMatch(unit -> !unit.isActive())) {
      throw new IllegalArgumentException("cases are dispatched to active units only");
    }
    if (assisting.contains(lead)) {
      throw new IllegalArgumentException("the lead unit cannot also assist");
    }
    leadUnit = lead;
    assistingUnits.clear();
    assistingUnits.addAll(assisting);
    clearExtensionRequest();
  }

  /** 退单: the pending extension request, if any, lapses with the dispatch. */
  public void returnToTriage() {
    clearExtensionRequest();
  }

  public boolean hasPendingExtension() {
    return extension.isPending();
  }

  /** 延期申请 by the lead unit; one request at a time. */
  public void requestExtension(int days, String reason) {
    extension.request(days, requireText(reason, REASON_MAX, "reason"));
  }

  /** 同意延期: the requested days are added to the time allowed. Returns the days granted. */
  public int approveExtension() {
    return extension.approve();
  }

  /** 不同意延期. Returns the days that were asked for. */
  public int refuseExtension() {
    return extension.refuse();
  }

  private void clearExtensionRequest() {
    extension.lapse();
  }

  /** 答复: the lead unit's reply, replacing an earlier draft; it lapses any extension request. */
  public void submitReply(String text, String author, LocalDateTime at) {
    reply = new CaseReply(requireText(text, REPLY_MAX, "reply"), author, at);
    clearExtensionRequest();
  }

  /** 审核通过并办结 with the outcome class. */
  public void close(CaseOutcome outcome, LocalDateTime at) {
    if (!getReply().isGiven()) {
      throw new IllegalStateException("a case is closed on its reply");
    }
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.closedAt = Objects.requireNonNull(at, "at");
  }

  /** 回访: a 差评 marks the case as due for reopening. */
  public void recordRating(Satisfaction rating) {
    satisfaction = Objects.requireNonNull(rating, "rating");
    reopenDue = rating.isBad();
  }

  /**
   * The writer of a case merged (并单) into this one rated this case's reply badly: the office is to
   * consider reopening it, as for a 差评 of its own writer.
   */
  public void reopenRequestedByMergedWriter() {
    if (status != CaseStatus.CLOSED && status != CaseStatus.FOLLOWED_UP) {
      throw new IllegalStateException("only an answered case can be reopened");
    }
    reopenDue = true;
  }

  /**
   * 重办: the case goes back to its lead unit, which revises its reply. Outcome and rating belonged
   * to the closing that was found wanting; the timeline keeps them.
   */
  public void reopen() {
    extension.newRound();
    reopenCount++;
    reopenDue = false;
    outcome = null;
    closedAt = null;
    satisfaction = null;
  }

  /** 并单: this case duplicates {@code target}, whose reply will answer this case's writer too. */
  public void mergeInto(CaseFile target) {
    Objects.requireNonNull(target, "target");
    if (target == this || target.getId() == null || target.getId().equals(id)) {
      throw new IllegalArgumentException("a case cannot be merged into itself");
    }
    mergedIntoId = target.getId();
  }

  private static String requireText(String text, int max, String what) {
    if (text == null || text.isBlank() || text.strip().length() > max) {
      throw new IllegalArgumentException(what + " must be 1.." + max + " characters");
    }
    return text.strip();
  }

  /**
   * Starts a new round of the case's clock (at dispatch, and again when it is reopened): the
   * supervision steps of earlier rounds stay in the history, and this round's are raised afresh.
   */
  public void startClock(
      LocalDateTime basis,
      LocalDateTime startedAt,
      LocalDateTime signOffDue,
      LocalDateTime replyDue,
      LocalDateTime outerDue) {
    clock.start(basis, startedAt, signOffDue, replyDue, outerDue);
  }

  /**
   * Starts the new round of a reopened case, counted from the reopening with the lead unit already
   * at work: the dispatch's sign-off is neither made again nor missed.
   */
  public void restartClock(
      LocalDateTime basis,
      LocalDateTime startedAt,
      LocalDateTime replyDue,
      LocalDateTime outerDue) {
    clock.restart(basis, startedAt, replyDue, outerDue);
  }

  /** 签收: the first sign-for of the round counts (for the ranking's on-time sign-off). */
  public void signFor(LocalDateTime at) {
    clock.signFor(at);
  }

  /** An approved extension moves the reply deadline within the same round. */
  public void moveReplyDue(LocalDateTime replyDue) {
    clock.moveReplyDue(replyDue);
  }

  /** Finished waits move the reply deadline and the outer limit within the same round. */
  public void moveDeadlines(LocalDateTime replyDue, LocalDateTime outerDue) {
    clock.moveDeadlines(replyDue, outerDue);
  }

  /** Records the firm the case concerns, as chief service knows it when the case is recorded. */
  public void concernFirm(long firmId, String firmName) {
    this.firmId = firmId;
    this.firmName = Objects.requireNonNull(firmName, "firmName").strip();
  }

  /** The deputy's or member's reference of a suggestion or proposal; the caller checked it. */
  public void referToProposal(String proposer, String number, String session) {
    proposal = ProposalReference.of(proposer, number, session);
  }

  /** The writer's contact data; blank parts stay empty. */
  public void recordWriter(String name, String phone, String idNumber) {
    writer = WriterContactDetails.of(name, phone, idNumber);
  }

  /** 等待补充材料: the clock stops from {@code at} until {@link #resume}. */
  public void awaitWriter(LocalDateTime at) {
    clock.pause(at);
  }

  /**
   * 恢复办理: the wait ends at {@code at}. Returns true when the wait lasted any time at all (a wait
   * ended at the instant it began changes nothing and is not kept).
   */
  public boolean resume(LocalDateTime at) {
    Optional<WriterPause> finished = clock.resume(at);
    finished.ifPresent(pauses::add);
    return finished.isPresent();
  }

  /** The finished waits that began at or after {@code basis}: those of the clock's round. */
  public List<PausedPeriod> pausesSince(LocalDateTime basis) {
    return pauses.stream()
        .filter(pause -> basis == null || !pause.getStartedAt().isBefore(basis))
        .map(WriterPause::period)
        .toList();
  }

  public boolean isPaused() {
    return clock.isPaused();
  }

  /** The case came in with an imported batch. */
  public void arrivedWith(IntakeBatch batch) {
    this.batch = Objects.requireNonNull(batch, "batch");
  }

  /** The suggestion's or proposal's reference; empty for other channels. */
  public ProposalReference getProposal() {
    return proposal == null ? ProposalReference.NONE : proposal;
  }

  /** The writer's contact data as recorded; empty parts when nothing was recorded. */
  public WriterContactDetails getWriter() {
    return writer == null ? WriterContactDetails.NONE : writer;
  }

  /** The case's working-day clock (read only: it changes through the case). */
  public HandlingClock getClock() {
    return clock;
  }

  /** The case's extension request and the days granted. */
  public CaseExtension getExtension() {
    return extension;
  }

  public IntakeBatch getBatch() {
    return batch;
  }

  public Long getId() {
    return id;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public Unit getConcernedUnit() {
    return concernedUnit;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Category getCategory() {
    return category;
  }

  public Long getFirmId() {
    return firmId;
  }

  public String getFirmName() {
    return firmName;
  }

  public long getVersion() {
    return version;
  }

  public Unit getLeadUnit() {
    return leadUnit;
  }

  /** The assisting units, ordered by name. */
  public Set<Unit> getAssistingUnits() {
    return Collections.unmodifiableSet(assistingUnits);
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  /** The lead unit's reply; not given while there is none. */
  public CaseReply getReply() {
    return reply == null ? CaseReply.NONE : reply;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  /** Whether a 差评 at follow-up waits for the office to reopen the case. */
  public boolean isReopenDue() {
    return reopenDue;
  }

  public int getReopenCount() {
    return reopenCount;
  }

  public Long getMergedIntoId() {
    return mergedIntoId;
  }
}
