package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a keyset page of the case list (newest first) continues: after the case received at {@code
 * receivedAt} with this {@code id}. Deep pages then cost as little as the first, where an OFFSET
 * makes the database read and drop every row before the page. Written as {@code
 * 2026-03-02T10:15:30_12345} in URLs.
 */
public record CaseCursor(LocalDateTime receivedAt, long id) {
  public CaseCursor {
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public static CaseCursor after(CaseFile last) {
    return new CaseCursor(last.getReceivedAt(), last.getId());
  }

  /** The cursor written by {@link #toString}, or empty when the text is not one. */
  public static Optional<CaseCursor> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int separator = text.strip().lastIndexOf('_');
    if (separator < 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new CaseCursor(
              LocalDateTime.parse(text.strip().substring(0, separator)),
              Long.parseLong(text.strip().substring(separator + 1))));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return receivedAt + "_" + id;
  }
}
