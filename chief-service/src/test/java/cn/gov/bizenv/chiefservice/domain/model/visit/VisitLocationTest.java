package cn.gov.bizenv.chiefservice.domain.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VisitLocationTest {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 7, 10, 30);

  @Test
  void aCheckInKeepsSixDecimalPlacesAndTheAccuracy() {
    VisitLocation at = new VisitLocation(34.7972345678, 114.3076543219, 18, AT);

    assertEquals(new BigDecimal("34.797235"), at.getLatitude());
    assertEquals(new BigDecimal("114.307654"), at.getLongitude());
    assertEquals(18, at.getAccuracyMetres());
    assertTrue(at.isRecorded());
  }

  @Test
  void impossibleReadingsAreRefusedNamingTheField() {
    assertEquals(
        "location.latitude",
        field(assertThrows(InvalidInputException.class, () -> new VisitLocation(91, 114, 10, AT))));
    assertEquals(
        "location.longitude",
        field(
            assertThrows(
                InvalidInputException.class, () -> new VisitLocation(34, -180.5, 10, AT))));
    assertEquals(
        "location.latitude",
        field(
            assertThrows(
                InvalidInputException.class, () -> new VisitLocation(Double.NaN, 114, 10, AT))));
    assertEquals(
        "location.accuracyMetres",
        field(
            assertThrows(
                InvalidInputException.class, () -> new VisitLocation(34, 114, 20_000, AT))));
  }

  @Test
  void aVisitShowsItsLatestCheckIn() {
    Visit visit = new Visit(1L, 2L, LocalDate.of(2026, 12, 7), AT);
    assertTrue(visit.getLocation().isEmpty());

    visit.checkedIn(new VisitLocation(34.1, 114.1, 50, AT));
    visit.checkedIn(new VisitLocation(34.2, 114.2, 12, AT.plusMinutes(5)));

    assertEquals(new BigDecimal("34.200000"), visit.getLocation().orElseThrow().getLatitude());
  }

  private static String field(InvalidInputException e) {
    return e.violations().get(0).field();
  }
}
