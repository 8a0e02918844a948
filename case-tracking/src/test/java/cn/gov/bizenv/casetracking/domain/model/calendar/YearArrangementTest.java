package cn.gov.bizenv.casetracking.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YearArrangementTest {

  private static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1); // Friday
  private static final LocalDate SATURDAY_2027 = LocalDate.of(2027, 1, 9);

  @Test
  void buildsFromPlainListsAsReadFromATable() {
    YearArrangement arrangement =
        YearArrangement.of(
            2027,
            List.of(NEW_YEAR_2027, LocalDate.of(2027, 1, 2), NEW_YEAR_2027),
            List.of(SATURDAY_2027),
            " 国办发明电〔2026〕X号 ");

    assertEquals(2027, arrangement.year());
    assertEquals(Set.of(NEW_YEAR_2027, LocalDate.of(2027, 1, 2)), arrangement.holidays());
    assertEquals(Set.of(SATURDAY_2027), arrangement.makeUpWorkdays());
    assertEquals(Optional.of("国办发明电〔2026〕X号"), arrangement.source());
  }

  @Test
  void sourceIsOptional() {
    assertEquals(Optional.empty(), YearArrangement.of(2027, List.of(), List.of(), null).source());
    assertEquals(Optional.empty(), YearArrangement.of(2027, List.of(), List.of(), "  ").source());
  }

  @Test
  void keepsItsOwnCopyOfTheDates() {
    List<LocalDate> holidays = new ArrayList<>(List.of(NEW_YEAR_2027));
    YearArrangement arrangement = YearArrangement.of(2027, holidays, List.of(), null);

    holidays.add(LocalDate.of(2027, 1, 4));

    assertEquals(Set.of(NEW_YEAR_2027), arrangement.holidays());
    assertThrows(
        UnsupportedOperationException.class,
        () -> arrangement.holidays().add(LocalDate.of(2027, 1, 5)));
  }

  @Test
  void holidaysMayFallOnWeekdaysOrWeekends() {
    YearArrangement arrangement =
        YearArrangement.of(2027, List.of(NEW_YEAR_2027, LocalDate.of(2027, 1, 3)), List.of(), null);

    assertEquals(DayKind.HOLIDAY, arrangement.kindOf(NEW_YEAR_2027));
    assertEquals(DayKind.HOLIDAY, arrangement.kindOf(LocalDate.of(2027, 1, 3)));
  }

  @Test
  void rejectsAMakeUpWorkdayOnAWeekday() {
    LocalDate wednesday = LocalDate.of(2027, 1, 6);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> YearArrangement.of(2027, List.of(), List.of(wednesday), null));
    assertTrue(e.getMessage().contains("WEDNESDAY"), e.getMessage());
  }

  @Test
  void rejectsAHolidayOutsideItsYear() {
    assertThrows(
        IllegalArgumentException.class,
        () -> YearArrangement.of(2026, List.of(NEW_YEAR_2027), List.of(), null));
  }

  @Test
  void rejectsAMakeUpWorkdayOutsideItsYear() {
    assertThrows(
        IllegalArgumentException.class,
        () -> YearArrangement.of(2026, List.of(), List.of(SATURDAY_2027), null));
  }

  @Test
  void rejectsADateThatIsBothHolidayAndMakeUpWorkday() {
    assertThrows(
        IllegalArgumentException.class,
        () -> YearArrangement.of(2027, List.of(SATURDAY_2027), List.of(SATURDAY_2027), null));
  }

  @Test
  void rejectsMissingDates() {
    List<LocalDate> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(
        NullPointerException.class, () -> YearArrangement.of(2027, withNull, List.of(), null));
    assertThrows(NullPointerException.class, () -> YearArrangement.of(2027, List.of(), null, null));
  }

  @Test
  void kindOfRefusesDatesOfOtherYears() {
    YearArrangement arrangement = YearArrangement.of(2027, List.of(), List.of(), null);
    assertThrows(
        IllegalArgumentException.class, () -> arrangement.kindOf(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void listsEveryProblemSoThatAFormCanNameEachDate() {
    LocalDate wednesday = LocalDate.of(2027, 1, 6);
    LocalDate lastYear = LocalDate.of(2026, 12, 31);
    List<ArrangementProblem> problems =
        YearArrangement.problemsWith(
            2027,
            List.of(lastYear, SATURDAY_2027),
            List.of(SATURDAY_2027, wednesday, LocalDate.of(2028, 1, 1)));

    assertEquals(
        List.of(
            new ArrangementProblem(
                2027, DayKind.HOLIDAY, lastYear, ArrangementProblem.Reason.OUTSIDE_YEAR),
            new ArrangementProblem(
                2027,
                DayKind.MAKEUP_WORKDAY,
                wednesday,
                ArrangementProblem.Reason.NOT_A_WEEKEND_DAY),
            new ArrangementProblem(
                2027,
                DayKind.MAKEUP_WORKDAY,
                SATURDAY_2027,
                ArrangementProblem.Reason.ALSO_A_HOLIDAY),
            new ArrangementProblem(
                2027,
                DayKind.MAKEUP_WORKDAY,
                LocalDate.of(2028, 1, 1),
                ArrangementProblem.Reason.OUTSIDE_YEAR)),
        problems);
    assertEquals(List.of(), YearArrangement.problemsWith(2027, List.of(NEW_YEAR_2027), List.of()));
  }
}
