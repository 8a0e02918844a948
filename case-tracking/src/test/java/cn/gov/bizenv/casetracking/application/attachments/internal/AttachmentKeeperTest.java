package cn.gov.bizenv.casetracking.application.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentLimits;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentKeeperTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

  final AttachmentKeeper keeper = new AttachmentKeeper();

  @Test
  void everyProblemOfABatchIsReportedOnTheAttachmentsField() {
    byte[] big = new byte[AttachmentLimits.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                keeper.check(
                    List.of(
                        new NewAttachment("大.png", big),
                        new NewAttachment("setup.png", new byte[] {'M', 'Z', 0, 0}),
                        new NewAttachment("空.txt", new byte[0]),
                        new NewAttachment("/", PNG)),
                    2));
    assertEquals(
        List.of(
            "attachment.tooMany",
            "attachment.tooLarge",
            "attachment.type",
            "attachment.empty",
            "attachment.fileName.required"),
        refused.violations().stream().map(FieldViolation::messageKey).toList());
    assertEquals(
        Collections.nCopies(5, AttachmentKeeper.FIELD),
        refused.violations().stream().map(FieldViolation::field).toList());
    assertEquals("setup.png", refused.violations().get(2).attributes().get("file"));
    assertEquals(10, refused.violations().get(1).attributes().get("max"));
  }

  @Test
  void upToTheLimitCountingThoseAlreadyKeptIsAccepted() {
    assertDoesNotThrow(() -> keeper.check(List.of(new NewAttachment("a.png", PNG)), 4));
    assertThrows(
        InvalidInputException.class,
        () -> keeper.check(List.of(new NewAttachment("a.png", PNG)), 5));
  }

  @Test
  void theHashIsSha256InHex() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        AttachmentKeeper.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }
}
