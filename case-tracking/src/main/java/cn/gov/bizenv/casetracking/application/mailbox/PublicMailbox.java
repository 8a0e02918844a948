package cn.gov.bizenv.casetracking.application.mailbox;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.DistrictChoice;

/**
 * The mayor's mailbox (市长信箱) for the public, who write without signing in: a letter becomes a case
 * of channel MAYOR_MAILBOX through the same intake as every other channel. The writer tracks it
 * with the tracking number and the query code; a wrong code and a missing number get the same
 * answer (404), so that nobody can probe which numbers exist.
 */
public interface PublicMailbox {
  /** The counties and districts a letter can concern, by name. */
  java.util.List<DistrictChoice> districts();

  /** The active category tree, for the writer's optional choice. */
  java.util.List<CategoryNode> categories();

  /** Records the letter as a case and returns the codes, shown once. */
  LetterReceipt write(NewLetter letter);

  /**
   * Records the letter with the writer's files attached to its case. The files are checked first
   * (kinds, sizes, count; see {@code AttachmentLimits}): a refused file records nothing.
   */
  LetterReceipt write(NewLetter letter, java.util.List<NewAttachment> attachments);

  /**
   * Checks files a writer means to send, so that a form can refuse a file as soon as it is chosen;
   * {@link #write(NewLetter, java.util.List)} checks them again.
   */
  void checkAttachments(java.util.List<NewAttachment> attachments);

  /**
   * Every problem with the letter's fields at once (empty when it can be sent), so that a form
   * shows them together instead of one per attempt. {@link #write} refuses a letter with any of
   * them.
   */
  java.util.List<cn.gov.bizenv.casetracking.domain.shared.FieldViolation> problemsWith(
      NewLetter letter);

  /** The letter's public status, or 404 when the number or the code is wrong. */
  LetterStatus track(String trackingNumber, String queryCode);

  /**
   * The writer's rating of the approved reply (回访): the case moves to FOLLOWED_UP; a 差评 marks it
   * due for reopening, which the office decides (the lifecycle's REOPEN).
   */
  LetterStatus rate(String trackingNumber, String queryCode, LetterRating rating);

  /** The published letters, newest first, filtered in the database (everyone). */
  cn.gov.bizenv.casetracking.domain.shared.paging.Page<PublishedLetterView> published(
      cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterCriteria criteria,
      cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest page);

  /** The month's received, accepted, replied, on-time and satisfaction figures (everyone). */
  MonthlyStatistics statistics(java.time.YearMonth month);

  /**
   * The writer's contact data for staff, masked unless the reader is a triage officer or
   * supervisor.
   */
  LetterContact contact(long caseId);
}
