package cn.gov.bizenv.casetracking.application.mailbox.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.mailbox.LetterPublication;
import cn.gov.bizenv.casetracking.application.mailbox.PublicationDraft;
import cn.gov.bizenv.casetracking.application.mailbox.PublishLetter;
import cn.gov.bizenv.casetracking.application.mailbox.PublishedLetterView;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MailboxLetter;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MailboxLetterRepository;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetter;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterRepository;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Publishes answered letters whose writers consented. Texts an officer leaves out are taken from
 * the case; all texts are masked (the writer's name, phone and identity numbers) before they are
 * stored in the published version, and the case itself is never changed.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
public class LetterPublicationService implements LetterPublication {
  @Inject MailboxLetterRepository letters;
  @Inject PublishedLetterRepository published;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject Callers callers;

  @Override
  public PublicationDraft draft(long caseId) {
    MailboxLetter letter = letter(caseId);
    CaseFile caseFile = letter.getCaseFile();
    return new PublicationDraft(
        caseId,
        letter.isPublishConsent(),
        answered(caseFile),
        caseFile.getTitle(),
        caseFile.getContent(),
        caseFile.getReply().getText(),
        published.findByCaseId(caseId).map(PublicMailboxService::view).orElse(null));
  }

  @Override
  public PublishedLetterView publish(long caseId, PublishLetter command) {
    MailboxLetter letter = letter(caseId);
    validation.check(command);
    CaseFile caseFile = letter.getCaseFile();
    if (!letter.isPublishConsent()) {
      throw new RuleViolationException("publication.noConsent");
    }
    if (!answered(caseFile)) {
      throw new RuleViolationException("publication.notAnswered");
    }
    CallerProfile caller = callers.current();
    String title = orElse(command.title(), caseFile.getTitle());
    String content = orElse(command.content(), caseFile.getContent());
    String reply = orElse(command.reply(), caseFile.getReply().getText());
    PublishedLetter version =
        published
            .findByCaseId(caseId)
            .map(
                existing -> {
                  existing.revise(
                      caseFile,
                      letter.getWriterName(),
                      title,
                      content,
                      reply,
                      caller.username(),
                      clock.now());
                  return existing;
                })
            .orElseGet(
                () -> {
                  PublishedLetter created =
                      new PublishedLetter(
                          caseFile,
                          letter.getWriterName(),
                          title,
                          content,
                          reply,
                          caller.username(),
                          clock.now());
                  published.add(created);
                  return created;
                });
    return PublicMailboxService.view(version);
  }

  @Override
  public void withdraw(long caseId) {
    letter(caseId);
    published.findByCaseId(caseId).ifPresent(published::remove);
  }

  private MailboxLetter letter(long caseId) {
    return letters.findByCaseId(caseId).orElseThrow(() -> new NotFoundException("letter", caseId));
  }

  private static boolean answered(CaseFile caseFile) {
    return caseFile.getStatus() == CaseStatus.CLOSED
        || caseFile.getStatus() == CaseStatus.FOLLOWED_UP;
  }

  private static String orElse(String given, String original) {
    return given == null || given.isBlank() ? original : given;
  }
}
