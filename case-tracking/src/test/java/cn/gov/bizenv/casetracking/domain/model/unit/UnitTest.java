package cn.gov.bizenv.casetracking.domain.model.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UnitTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 9, 0);

  @Test
  void namesAreTrimmedAndBounded() {
    Unit unit = new Unit("  华龙区 ", UnitKind.COUNTY_OR_DISTRICT, NOW);
    assertEquals("华龙区", unit.getName());
    assertThrows(IllegalArgumentException.class, () -> unit.rename(" "));
    assertThrows(IllegalArgumentException.class, () -> unit.rename("名".repeat(101)));
    unit.rename("名".repeat(100));
    assertEquals(100, unit.getName().length());
  }

  @Test
  void deactivationCanBeUndone() {
    Unit unit = new Unit("市税务局", UnitKind.CITY_DEPARTMENT, NOW);
    assertTrue(unit.isActive());
    unit.deactivate();
    assertFalse(unit.isActive());
    unit.reactivate();
    assertTrue(unit.isActive());
  }
}
