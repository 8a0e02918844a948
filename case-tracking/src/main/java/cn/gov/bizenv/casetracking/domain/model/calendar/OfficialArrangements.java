package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The State Council arrangements shipped with the portal, used until an administrator enters or
 * corrects a year; later years are announced each November and entered by hand.
 */
public final class OfficialArrangements {

  private OfficialArrangements() {}

  /** Every shipped arrangement, in year order. */
  public static List<YearArrangement> shipped() {
    return List.of(year2025(), year2026());
  }

  /** 2025, per 国办发明电〔2024〕12号. */
  public static YearArrangement year2025() {
    return new Builder(2025)
        .daysOff(1, 1, 1, 1) // 元旦
        .daysOff(1, 28, 2, 4) // 春节
        .daysOff(4, 4, 4, 6) // 清明节
        .daysOff(5, 1, 5, 5) // 劳动节
        .daysOff(5, 31, 6, 2) // 端午节
        .daysOff(10, 1, 10, 8) // 国庆节、中秋节
        .workedOn(1, 26)
        .workedOn(2, 8)
        .workedOn(4, 27)
        .workedOn(9, 28)
        .workedOn(10, 11)
        .build("国办发明电〔2024〕12号");
  }

  /** 2026, per the State Council notice of 2025-11-04. */
  public static YearArrangement year2026() {
    return new Builder(2026)
        .daysOff(1, 1, 1, 3) // 元旦
        .daysOff(2, 15, 2, 23) // 春节
        .daysOff(4, 4, 4, 6) // 清明节
        .daysOff(5, 1, 5, 5) // 劳动节
        .daysOff(6, 19, 6, 21) // 端午节
        .daysOff(9, 25, 9, 27) // 中秋节
        .daysOff(10, 1, 10, 7) // 国庆节
        .workedOn(1, 4)
        .workedOn(2, 14)
        .workedOn(2, 28)
        .workedOn(5, 9)
        .workedOn(9, 20)
        .workedOn(10, 10)
        .build("国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）");
  }

  /** Keeps the data above in the notices' own shape: spans of days off, single days worked. */
  private static final class Builder {
    private final int year;
    private final List<LocalDate> holidays = new ArrayList<>();
    private final List<LocalDate> makeUpWorkdays = new ArrayList<>();

    Builder(int year) {
      this.year = year;
    }

    Builder daysOff(int fromMonth, int fromDay, int toMonth, int toDay) {
      LocalDate last = LocalDate.of(year, toMonth, toDay);
      for (LocalDate day = LocalDate.of(year, fromMonth, fromDay);
          !day.isAfter(last);
          day = day.plusDays(1)) {
        holidays.add(day);
      }
      return this;
    }

    Builder workedOn(int month, int day) {
      makeUpWorkdays.add(LocalDate.of(year, month, day));
      return this;
    }

    YearArrangement build(String source) {
      return new YearArrangement(
          year, new TreeSet<>(holidays), new TreeSet<>(makeUpWorkdays), Optional.of(source));
    }
  }
}
