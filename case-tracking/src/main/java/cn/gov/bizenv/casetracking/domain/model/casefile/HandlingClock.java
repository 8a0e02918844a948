package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's working-day clock (办理时限): the round it is in, what the round counts from, when it
 * started, its sign-off, reply and outer deadlines, the first sign-for of the round, and whether it
 * is stopped while the writer is asked for more (the finished waits are the case's, {@link
 * CaseFile#pausesSince}: EclipseLink maps no collection inside an embeddable). Changed only through
 * its case.
 */
@Embeddable
public class HandlingClock {
  @Column(name = "clock_basis")
  private LocalDateTime basis;

  @Column(name = "dispatched_at")
  private LocalDateTime dispatchedAt;

  @Column(name = "sign_off_due")
  private LocalDateTime signOffDue;

  /** The lead unit's first sign-for in the current round of the clock; a new round clears it. */
  @Column(name = "signed_for_at")
  private LocalDateTime signedForAt;

  @Column(name = "reply_due")
  private LocalDateTime replyDue;

  @Column(name = "outer_due")
  private LocalDateTime outerDue;

  @Column(name = "clock_round", nullable = false)
  private int round;

  /** Since when the case waits for the writer's supplement; null while it does not. */
  @Column(name = "paused_since")
  private LocalDateTime pausedSince;

  protected HandlingClock() {}

  static HandlingClock notStarted() {
    return new HandlingClock();
  }

  /**
   * Starts a new round (at dispatch, and again when the case is reopened): the supervision steps of
   * earlier rounds stay in the history, and this round's are raised afresh.
   */
  void start(
      LocalDateTime basis,
      LocalDateTime startedAt,
      LocalDateTime signOffDue,
      LocalDateTime replyDue,
      LocalDateTime outerDue) {
    this.basis = Objects.requireNonNull(basis, "basis");
    this.dispatchedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.signOffDue = Objects.requireNonNull(signOffDue, "signOffDue");
    this.replyDue = Objects.requireNonNull(replyDue, "replyDue");
    this.outerDue = outerDue;
    this.signedForAt = null;
    this.round++;
  }

  /**
   * Starts the round of a reopened case: it goes straight back to its lead unit in progress, so
   * there is no new sign-off to make or miss, and the dispatch's sign-off (when it was due and when
   * the unit signed for it) stays what it was.
   */
  void restart(
      LocalDateTime basis,
      LocalDateTime startedAt,
      LocalDateTime replyDue,
      LocalDateTime outerDue) {
    this.basis = Objects.requireNonNull(basis, "basis");
    this.dispatchedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.replyDue = Objects.requireNonNull(replyDue, "replyDue");
    this.outerDue = outerDue;
    this.round++;
  }

  /** The first sign-for of the round counts (for the ranking's on-time sign-off). */
  void signFor(LocalDateTime at) {
    if (signedForAt == null) {
      signedForAt = Objects.requireNonNull(at, "at");
    }
  }

  /** An approved extension moves the reply deadline within the same round. */
  void moveReplyDue(LocalDateTime replyDue) {
    if (this.replyDue == null) {
      throw new IllegalStateException("the clock has not started");
    }
    this.replyDue = Objects.requireNonNull(replyDue, "replyDue");
  }

  /** Finished waits move the reply deadline and the outer limit within the same round. */
  void moveDeadlines(LocalDateTime replyDue, LocalDateTime outerDue) {
    moveReplyDue(replyDue);
    this.outerDue = outerDue;
  }

  /** The clock stops from {@code at} until {@link #resume}. */
  void pause(LocalDateTime at) {
    if (isPaused()) {
      throw new IllegalStateException("the case already waits for the writer");
    }
    pausedSince = Objects.requireNonNull(at, "at");
  }

  /**
   * The wait ends at {@code at}. Returns the finished wait, or empty when it lasted no time at all
   * (a wait ended at the instant it began changes nothing and is not kept).
   */
  Optional<WriterPause> resume(LocalDateTime at) {
    if (!isPaused()) {
      throw new IllegalStateException("the case does not wait for the writer");
    }
    Objects.requireNonNull(at, "at");
    Optional<WriterPause> finished =
        at.isAfter(pausedSince) ? Optional.of(new WriterPause(pausedSince, at)) : Optional.empty();
    pausedSince = null;
    return finished;
  }

  public boolean isPaused() {
    return pausedSince != null;
  }

  /**
   * What the current round counts from: the receipt for the first, the reopening for later ones.
   */
  public LocalDateTime getBasis() {
    return basis;
  }

  /** When the current round started: the dispatch or the reopening. */
  public LocalDateTime getDispatchedAt() {
    return dispatchedAt;
  }

  public LocalDateTime getSignOffDue() {
    return signOffDue;
  }

  public LocalDateTime getSignedForAt() {
    return signedForAt;
  }

  public LocalDateTime getReplyDue() {
    return replyDue;
  }

  public LocalDateTime getOuterDue() {
    return outerDue;
  }

  /** The round of the clock: 0 before the first dispatch, then one more at each start. */
  public int getRound() {
    return round;
  }

  public LocalDateTime getPausedSince() {
    return pausedSince;
  }
}
