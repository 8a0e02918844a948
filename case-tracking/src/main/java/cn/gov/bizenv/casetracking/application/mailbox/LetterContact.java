package cn.gov.bizenv.casetracking.application.mailbox;

import cn.gov.bizenv.casetracking.domain.model.mailbox.LetterType;

/**
 * The writer of a letter as staff see them: unmasked for triage officers and supervisors, who may
 * have to call back; masked for everyone else.
 *
 * @param masked whether the personal data is masked for this reader
 */
public record LetterContact(
    long caseId,
    LetterType type,
    String firmName,
    String writerName,
    String mobile,
    String idNumber,
    boolean publishConsent,
    String ratingComment,
    boolean masked) {}
