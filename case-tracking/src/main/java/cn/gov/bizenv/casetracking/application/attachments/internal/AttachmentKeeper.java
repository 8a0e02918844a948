package cn.gov.bizenv.casetracking.application.attachments.internal;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.attachment.Attachment;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentLimits;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentName;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentRepository;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentStorage;
import cn.gov.bizenv.casetracking.domain.model.attachment.FileKind;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks files against the limits and keeps them, for every owner: cases, letters and visits share
 * one set of rules. Every problem of a batch is reported at once, on the field {@value #FIELD}.
 * Bytes are written before the row: if the transaction then rolls back, an unreferenced file is
 * left behind, which is harmless, whereas a row without its file would not be.
 */
@ApplicationScoped
public class AttachmentKeeper {
  /** The field that attachment problems are reported on (the upload's input id on pages). */
  public static final String FIELD = "attachments";

  @Inject AttachmentRepository attachments;
  @Inject AttachmentStorage storage;
  @Inject PortalClock clock;

  /**
   * Checks the files, as additions to {@code alreadyKept} files of the owner.
   *
   * @throws InvalidInputException naming each refused file and why
   */
  public void check(List<NewAttachment> files, long alreadyKept) {
    List<FieldViolation> problems = new ArrayList<>();
    if (alreadyKept + files.size() > AttachmentLimits.MAX_PER_OWNER) {
      problems.add(
          new FieldViolation(
              FIELD, "attachment.tooMany", Map.of("max", AttachmentLimits.MAX_PER_OWNER)));
    }
    for (NewAttachment file : files) {
      String name = AttachmentName.clean(file.fileName()).orElse(null);
      String shown = name == null ? "?" : name;
      if (name == null) {
        problems.add(new FieldViolation(FIELD, "attachment.fileName.required", Map.of()));
      } else if (file.size() == 0) {
        problems.add(new FieldViolation(FIELD, "attachment.empty", Map.of("file", shown)));
      } else if (file.size() > AttachmentLimits.MAX_BYTES) {
        problems.add(
            new FieldViolation(
                FIELD,
                "attachment.tooLarge",
                Map.of("file", shown, "max", AttachmentLimits.maxMegabytes())));
      } else if (FileKind.recognise(name, file.content()).isEmpty()) {
        problems.add(
            new FieldViolation(
                FIELD,
                "attachment.type",
                Map.of("file", shown, "types", FileKind.ACCEPTED_EXTENSIONS)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Checks the files against the owner's count and keeps them all. */
  public List<AttachmentView> keep(
      AttachmentOwner owner, long ownerId, List<NewAttachment> files, String uploadedBy) {
    if (files.isEmpty()) {
      return List.of(); // most cases come without files: spare the intake the count
    }
    check(files, attachments.count(owner, ownerId));
    List<AttachmentView> kept = new ArrayList<>();
    for (NewAttachment file : files) {
      String name = AttachmentName.clean(file.fileName()).orElseThrow();
      FileKind kind = FileKind.recognise(name, file.content()).orElseThrow();
      String key = UUID.randomUUID().toString();
      storage.put(key, file.content());
      Attachment attachment =
          new Attachment(
              owner,
              ownerId,
              name,
              kind,
              file.size(),
              sha256(file.content()),
              key,
              uploadedBy,
              clock.now());
      attachments.add(attachment);
      kept.add(view(attachment));
    }
    return kept;
  }

  public List<AttachmentView> list(AttachmentOwner owner, long ownerId) {
    return attachments.ofOwner(owner, ownerId).stream().map(AttachmentKeeper::view).toList();
  }

  /** The owner's file with its bytes; another owner's file is reported as not found. */
  public AttachmentContent read(AttachmentOwner owner, long ownerId, long attachmentId) {
    Attachment attachment =
        attachments
            .find(attachmentId)
            .filter(found -> found.getOwner() == owner && found.getOwnerId() == ownerId)
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    return new AttachmentContent(view(attachment), storage.read(attachment.getStorageKey()));
  }

  static AttachmentView view(Attachment attachment) {
    return new AttachmentView(
        attachment.getId(),
        attachment.getFileName(),
        attachment.getKind().contentType(),
        attachment.getSizeBytes(),
        attachment.getSha256(),
        attachment.getUploadedBy(),
        attachment.getUploadedAt());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
