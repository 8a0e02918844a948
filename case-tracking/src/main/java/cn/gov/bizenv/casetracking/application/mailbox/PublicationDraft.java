package cn.gov.bizenv.casetracking.application.mailbox;

/**
 * A letter as an officer prepares its publication: the original texts (never changed by
 * publishing), whether the writer consented, and the published version if there is one.
 *
 * @param published the current published version, or null
 */
public record PublicationDraft(
    long caseId,
    boolean publishConsent,
    boolean answered,
    String originalTitle,
    String originalContent,
    String originalReply,
    PublishedLetterView published) {}
