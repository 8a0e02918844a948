package cn.gov.bizenv.casetracking.domain.model.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A year's holiday arrangement as stored: one row per year and one row per listed day (a holiday or
 * a make-up workday). The year itself is the identity, because there is exactly one arrangement per
 * year and it is replaced as a whole when corrected. Shipped years have no editor.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {
  public static final int SOURCE_MAX = 200;

  @Id
  @Column(name = "year_number")
  private int year;

  @Column(length = SOURCE_MAX)
  private String source;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", length = 50)
  private String updatedBy;

  // Always needed whole: the calendar is built from every listed day of the year.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "calendar_day", joinColumns = @JoinColumn(name = "year_number"))
  @MapKeyColumn(name = "day_date")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Map<LocalDate, DayKind> days = new HashMap<>();

  @Version private long version;

  protected CalendarYear() {}

  /** A year entered by {@code updatedBy} at {@code updatedAt}. */
  public CalendarYear(YearArrangement arrangement, String updatedBy, LocalDateTime updatedAt) {
    this.year = Objects.requireNonNull(arrangement, "arrangement").year();
    replaceWith(arrangement, updatedBy, updatedAt);
  }

  /**
   * Replaces the whole arrangement, as a corrected notice replaces the earlier one.
   *
   * @throws IllegalArgumentException if {@code arrangement} is for another year
   */
  public void replaceWith(YearArrangement arrangement, String updatedBy, LocalDateTime updatedAt) {
    Objects.requireNonNull(arrangement, "arrangement");
    if (arrangement.year() != year) {
      throw new IllegalArgumentException(
          "arrangement for " + arrangement.year() + " cannot replace the year " + year);
    }
    String newSource = arrangement.source().orElse(null);
    if (newSource != null && newSource.length() > SOURCE_MAX) {
      throw new IllegalArgumentException("source must be at most " + SOURCE_MAX + " characters");
    }
    Map<LocalDate, DayKind> newDays = new HashMap<>();
    arrangement.holidays().forEach(day -> newDays.put(day, DayKind.HOLIDAY));
    arrangement.makeUpWorkdays().forEach(day -> newDays.put(day, DayKind.MAKEUP_WORKDAY));
    // Only the changed entries are written: days listed before and after keep their rows.
    for (LocalDate listed : List.copyOf(days.keySet())) {
      if (!newDays.containsKey(listed)) {
        days.remove(listed);
      }
    }
    days.putAll(newDays);
    this.source = newSource;
    this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The arrangement in the domain's terms, for the working-day calendar. */
  public YearArrangement arrangement() {
    return YearArrangement.of(
        year, listed(DayKind.HOLIDAY), listed(DayKind.MAKEUP_WORKDAY), source);
  }

  private List<LocalDate> listed(DayKind kind) {
    return days.entrySet().stream()
        .filter(e -> e.getValue() == kind)
        .map(Map.Entry::getKey)
        .toList();
  }

  public int getYear() {
    return year;
  }

  public String getSource() {
    return source;
  }

  /** When an administrator last saved the year; null for an arrangement shipped with the portal. */
  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Who last saved the year; null for an arrangement shipped with the portal. */
  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
