package cn.gov.bizenv.casetracking.domain.model.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodeTest {
  @Test
  void codesArePathsOfSiblingNumbers() {
    assertEquals("07", CategoryCode.of(null, 7));
    assertEquals("07.12", CategoryCode.of("07", 12));
    assertEquals("07.12.003", CategoryCode.of("07.12", 3));
    assertEquals(3, CategoryCode.levelOf("07.12.003"));
    assertEquals(3, CategoryCode.ordinalOf("07.12.003"));
    assertEquals("07.12", CategoryCode.parentOf("07.12.003"));
    assertNull(CategoryCode.parentOf("07"));
  }

  @Test
  void theTreeIsBoundedInDepthAndWidth() {
    assertThrows(IllegalArgumentException.class, () -> CategoryCode.of("07.12.003", 1));
    assertThrows(IllegalArgumentException.class, () -> CategoryCode.of(null, 100));
    assertThrows(IllegalArgumentException.class, () -> CategoryCode.of("07", 100));
    assertEquals("07.12.999", CategoryCode.of("07.12", 999));
    assertThrows(IllegalArgumentException.class, () -> CategoryCode.of("07.12", 1000));
    assertThrows(IllegalArgumentException.class, () -> CategoryCode.of(null, 0));
  }

  @Test
  void aSubtreeIsACodePrefixUpToADot() {
    assertTrue(CategoryCode.isWithin("01.02.003", "01"));
    assertTrue(CategoryCode.isWithin("01.02", "01.02"));
    assertFalse(CategoryCode.isWithin("01.20", "01.2"));
    assertFalse(CategoryCode.isWithin("011", "01"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "001",
        "01.",
        "01.2",
        "01.02.03",
        "01.02.0003",
        "01.02.003.001",
        "0%",
        "01_02",
        "a1"
      })
  void malformedCodesAreRecognised(String code) {
    assertFalse(CategoryCode.isValid(code));
    assertThrows(IllegalArgumentException.class, () -> CategoryCode.levelOf(code));
  }
}
