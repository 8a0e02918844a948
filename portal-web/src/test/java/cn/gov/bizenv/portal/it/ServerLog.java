package cn.gov.bizenv.portal.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The test server's log file (the failsafe executions pass its path as {@code portal.it.serverLog};
 * each server start begins it afresh), read from a mark on, so that a test can show that its own
 * requests left no stack trace and no SEVERE record behind.
 */
public final class ServerLog {
  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

  private final Path file;
  private final long mark;

  private ServerLog(Path file, long mark) {
    this.file = file;
    this.mark = mark;
  }

  /** Marks the log's current end. Fails loudly when the harness did not configure the file. */
  public static ServerLog markNow() {
    String configured = System.getProperty("portal.it.serverLog");
    if (configured == null || configured.isBlank()) {
      throw new IllegalStateException(
          "system property portal.it.serverLog is not set: run the integration tests through"
              + " Maven");
    }
    Path file = Path.of(configured);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the test server writes no log to " + file + ": see src/test/payara/logging.properties");
    }
    try {
      return new ServerLog(file, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the server logged since the mark. */
  public String sinceMark() {
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      long length = log.length();
      byte[] added = new byte[(int) Math.max(0, length - mark)];
      log.seek(Math.min(mark, length));
      log.readFully(added);
      return new String(added, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records since the mark that carry a stack trace or are SEVERE, abbreviated. */
  public List<String> troubleSinceMark() {
    String added = sinceMark();
    return List.of(added.split("(?=\\[\\d{4}-\\d\\d-\\d\\dT)")).stream()
        .filter(record -> STACK_FRAME.matcher(record).find() || record.contains("[SEVERE]"))
        .map(record -> record.length() > 600 ? record.substring(0, 600) + "…" : record)
        .toList();
  }
}
