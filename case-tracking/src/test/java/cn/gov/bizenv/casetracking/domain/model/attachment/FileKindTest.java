package cn.gov.bizenv.casetracking.domain.model.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileKindTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
  };

  @Test
  void eachAcceptedKindIsRecognisedByItsSignature() {
    assertEquals(Optional.of(FileKind.PNG), FileKind.recognise("现场.PNG", PNG));
    assertEquals(
        Optional.of(FileKind.JPEG),
        FileKind.recognise("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}));
    assertEquals(
        Optional.of(FileKind.PDF),
        FileKind.recognise("a.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.of(FileKind.DOC), FileKind.recognise("a.doc", OLE2));
    assertEquals(Optional.of(FileKind.XLS), FileKind.recognise("a.xls", OLE2));
    assertEquals(
        Optional.of(FileKind.DOCX), FileKind.recognise("a.docx", zipWith("word/document.xml")));
    assertEquals(
        Optional.of(FileKind.XLSX), FileKind.recognise("a.xlsx", zipWith("xl/workbook.xml")));
    assertEquals(
        Optional.of(FileKind.TEXT),
        FileKind.recognise("说明.txt", "营业执照办理慢\r\n\t第二行".getBytes(Charset.forName("GB18030"))));
  }

  @Test
  void aRenamedProgramIsRefused() {
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    assertTrue(FileKind.recognise("photo.png", exe).isEmpty());
    assertTrue(FileKind.recognise("notes.txt", exe).isEmpty());
    assertTrue(FileKind.recognise("setup.exe", exe).isEmpty());
  }

  @Test
  void contentMustMatchTheExtensionNotAnyAcceptedKind() {
    assertTrue(FileKind.recognise("photo.jpg", PNG).isEmpty());
    assertTrue(FileKind.recognise("sheet.xlsx", zipWith("word/document.xml")).isEmpty());
    assertTrue(FileKind.recognise("archive.docx", zipWith("evil.sh")).isEmpty());
    assertTrue(FileKind.recognise("noextension", PNG).isEmpty());
    assertTrue(FileKind.recognise("empty.txt", new byte[0]).isEmpty());
  }

  @Test
  void theMessageListsEveryAcceptedExtension() {
    assertEquals("jpg, jpeg, png, pdf, doc, docx, xls, xlsx, txt", FileKind.ACCEPTED_EXTENSIONS);
  }

  static byte[] zipWith(String entry) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
