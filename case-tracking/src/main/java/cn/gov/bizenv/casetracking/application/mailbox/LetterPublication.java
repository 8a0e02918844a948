package cn.gov.bizenv.casetracking.application.mailbox;

/**
 * The office decides which answered letters are published (only those whose writers consented), and
 * may edit the published texts; the case keeps the original. Everything published passes the
 * personal-data mask.
 */
public interface LetterPublication {
  PublicationDraft draft(long caseId);

  /** Publishes the letter, or replaces its published version. */
  PublishedLetterView publish(long caseId, PublishLetter command);

  /** Takes the letter off the public list. */
  void withdraw(long caseId);
}
