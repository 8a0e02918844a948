package cn.gov.bizenv.casetracking.domain.model.attachment;

import java.util.Optional;

/**
 * A file name as people will see it again: the browser's path (Windows browsers send {@code
 * C:\Users\…\photo.png}) and characters that are unsafe in a download header or on a disk are
 * removed, and long names are shortened keeping the extension. The name is never used as a path:
 * files are stored under a random key.
 */
public final class AttachmentName {
  public static final int MAX_LENGTH = 120;

  private AttachmentName() {}

  /** The cleaned name, or empty when nothing usable is left. */
  public static Optional<String> clean(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && "<>:\"/\\|?*".indexOf(c) < 0)
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(c -> kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
    String cleaned = kept.toString().replaceAll(" {2,}", " ").strip();
    // A leading dot would make a hidden file of a download; dots alone are no name.
    cleaned = cleaned.replaceFirst("^\\.+", "").strip();
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
      String extension = FileKind.extensionOf(cleaned);
      String suffix = extension.isEmpty() ? "" : "." + extension;
      int keep = MAX_LENGTH - suffix.length();
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, keep)) + suffix;
    }
    return Optional.of(cleaned);
  }
}
