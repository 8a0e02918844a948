package cn.gov.bizenv.casetracking.domain.model.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {
  @Test
  void browsersPathsAndUnsafeCharactersAreRemoved() {
    assertEquals(Optional.of("现场照片.png"), AttachmentName.clean("C:\\Users\\王\\现场照片.png"));
    assertEquals(Optional.of("passwd"), AttachmentName.clean("../../etc/passwd"));
    assertEquals(Optional.of("ab.pdf"), AttachmentName.clean("a<>:\"|?*b.pdf"));
    assertEquals(Optional.of("a b.txt"), AttachmentName.clean("  a \t\n b.txt\u0000 "));
    assertEquals(Optional.of("htaccess"), AttachmentName.clean(".htaccess"));
    assertEquals(Optional.of("evilgnp.exe"), AttachmentName.clean("evil\u202Egnp.exe"));
  }

  @Test
  void nothingUsableLeftIsNoName() {
    assertTrue(AttachmentName.clean(null).isEmpty());
    assertTrue(AttachmentName.clean(" .. ").isEmpty());
    assertTrue(AttachmentName.clean("dir/").isEmpty());
  }

  @Test
  void longNamesAreShortenedKeepingTheExtension() {
    String cleaned = AttachmentName.clean("报".repeat(300) + ".docx").orElseThrow();
    assertEquals(AttachmentName.MAX_LENGTH, cleaned.length());
    assertTrue(cleaned.endsWith("报.docx"));
  }
}
