package cn.gov.bizenv.casetracking.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the portal accepts. A file is accepted only when its extension names a kind and
 * its first bytes are that kind's signature: a renamed program ({@code setup.exe} as {@code
 * photo.png}) is refused, and the browser's declared content type is never trusted.
 */
public enum FileKind {
  JPEG("image/jpeg", List.of("jpg", "jpeg")) {
    @Override
    boolean matches(byte[] content) {
      return startsWith(content, 0xFF, 0xD8, 0xFF);
    }
  },
  PNG("image/png", List.of("png")) {
    @Override
    boolean matches(byte[] content) {
      return startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }
  },
  PDF("application/pdf", List.of("pdf")) {
    @Override
    boolean matches(byte[] content) {
      return startsWith(content, '%', 'P', 'D', 'F', '-');
    }
  },
  DOC("application/msword", List.of("doc")) {
    @Override
    boolean matches(byte[] content) {
      return isCompoundDocument(content);
    }
  },
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")) {
    @Override
    boolean matches(byte[] content) {
      return isOfficeOpenXml(content, "word/");
    }
  },
  XLS("application/vnd.ms-excel", List.of("xls")) {
    @Override
    boolean matches(byte[] content) {
      return isCompoundDocument(content);
    }
  },
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")) {
    @Override
    boolean matches(byte[] content) {
      return isOfficeOpenXml(content, "xl/");
    }
  },
  TEXT("text/plain", List.of("txt")) {
    @Override
    boolean matches(byte[] content) {
      // Plain text has no signature; what marks a binary file is control bytes (NUL above all).
      // Any ASCII-compatible encoding passes (UTF-8 and GB18030 are both common in Chinese
      // offices).
      for (byte b : content) {
        int c = b & 0xFF;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
          return false;
        }
      }
      return true;
    }
  };

  /** The extensions accepted, for messages: "jpg, jpeg, png, …". */
  public static final String ACCEPTED_EXTENSIONS =
      String.join(", ", Arrays.stream(values()).flatMap(kind -> kind.extensions.stream()).toList());

  private static final byte[] COMPOUND_DOCUMENT = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private final String contentType;
  private final List<String> extensions;

  FileKind(String contentType, List<String> extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  abstract boolean matches(byte[] content);

  public String contentType() {
    return contentType;
  }

  /**
   * The kind of a file, when its extension names an accepted kind and its content is of that kind.
   */
  public static Optional<FileKind> recognise(String fileName, byte[] content) {
    String extension = extensionOf(fileName);
    return Arrays.stream(values())
        .filter(kind -> kind.extensions.contains(extension))
        .findFirst()
        .filter(kind -> content.length > 0 && kind.matches(content));
  }

  static String extensionOf(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCompoundDocument(byte[] content) {
    return content.length >= COMPOUND_DOCUMENT.length
        && Arrays.equals(content, 0, COMPOUND_DOCUMENT.length, COMPOUND_DOCUMENT, 0, 8);
  }

  /**
   * A ZIP archive that holds the part folder of its Office format ({@code word/} or {@code xl/}).
   */
  private static boolean isOfficeOpenXml(byte[] content, String partFolder) {
    if (!startsWith(content, 'P', 'K', 3, 4)) {
      return false;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().startsWith(partFolder)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException broken) {
      return false;
    }
  }
}
