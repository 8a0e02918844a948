package cn.gov.bizenv.casetracking.domain.model.mailbox;

import java.util.Optional;

/** Stores letters to the mayor beside their cases. */
public interface MailboxLetterRepository {
  void add(MailboxLetter letter);

  Optional<MailboxLetter> findByTrackingNumber(String trackingNumber);

  Optional<MailboxLetter> findByCaseId(long caseId);
}
