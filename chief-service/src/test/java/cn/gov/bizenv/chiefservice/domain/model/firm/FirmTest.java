package cn.gov.bizenv.chiefservice.domain.model.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The visit cadence, tags and the project hierarchy of a firm. */
class FirmTest {
  static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 3, 2, 9, 0);
  static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");

  static Firm firm() {
    return new Firm("濮阳龙丰纸业有限公司", CODE, "C", FirmSize.LARGE, 7L, REGISTERED);
  }

  @Test
  void aNewFirmIsDueOneMonthAfterRegistration() {
    Firm firm = firm();
    assertEquals(LocalDate.of(2026, 4, 1), firm.getNextVisitDue());
    assertFalse(firm.isVisitOverdue(LocalDate.of(2026, 4, 1)), "due on the day is not yet overdue");
    assertTrue(firm.isVisitOverdue(LocalDate.of(2026, 4, 2)));
    assertNull(firm.getOfficerId());
  }

  @Test
  void theCadenceRunsFromTheOfficersStartUntilTheFirstVisitThenFromTheLastVisit() {
    Firm firm = firm();
    firm.assignOfficer(42L, LocalDateTime.of(2026, 5, 10, 14, 0));
    assertEquals(LocalDate.of(2026, 6, 9), firm.getNextVisitDue());

    firm.visitedOn(LocalDate.of(2026, 5, 20));
    assertEquals(LocalDate.of(2026, 6, 19), firm.getNextVisitDue());

    // A visit logged late, earlier than the last one, does not move the date back.
    firm.visitedOn(LocalDate.of(2026, 5, 15));
    assertEquals(LocalDate.of(2026, 5, 20), firm.getLastVisitOn());
    assertEquals(LocalDate.of(2026, 6, 19), firm.getNextVisitDue());

    firm.expectVisitsEvery(14);
    assertEquals(LocalDate.of(2026, 6, 3), firm.getNextVisitDue());
    assertThrows(IllegalArgumentException.class, () -> firm.expectVisitsEvery(0));
  }

  @Test
  void tagsAreTrimmedDeduplicatedAndBounded() {
    Firm firm = firm();
    firm.retag(Arrays.asList(" 专精特新 ", "专精特新", "", null, "链主企业"));
    assertEquals(Set.of("专精特新", "链主企业"), firm.getTags());
    assertThrows(IllegalArgumentException.class, () -> firm.retag(List.of("长".repeat(31))));
    assertThrows(
        IllegalArgumentException.class,
        () -> firm.retag(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")));
    assertEquals(Set.of("专精特新", "链主企业"), firm.getTags(), "a refused change leaves the tags");
  }

  @Test
  void aProjectBelongsToAFirmThatIsNotItselfAProject() {
    Firm parent = firm();
    Firm project =
        new Firm(
            "家居产业园建设项目",
            UnifiedSocialCreditCode.parse("91110000600037341L"),
            "E",
            FirmSize.LARGE,
            7L,
            REGISTERED);
    project.belongTo(parent);
    assertEquals(parent, project.getParent());
    assertThrows(IllegalArgumentException.class, () -> parent.belongTo(parent));
    Firm third = firm();
    assertThrows(
        IllegalArgumentException.class, () -> third.belongTo(project), "no project of a project");
    project.belongTo(null);
    assertNull(project.getParent());
  }

  @Test
  void aFirmNeedsAName() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Firm(" ", CODE, "C", FirmSize.SMALL, 1L, REGISTERED));
    assertThrows(IllegalArgumentException.class, () -> firm().rename("名".repeat(201)));
  }

  @ParameterizedTest
  @CsvSource({
    "LARGE, LARGE",
    "large, LARGE",
    "大型, LARGE",
    "中型企业, MEDIUM",
    "小型, SMALL",
    "微型企业, MICRO",
    " 微型 , MICRO"
  })
  void sizesAreReadAsSpreadsheetsWriteThem(String text, FirmSize expected) {
    assertEquals(Optional.of(expected), FirmSize.parse(text));
  }

  @Test
  void unknownSizesAreNotGuessed() {
    assertEquals(Optional.empty(), FirmSize.parse("特大型"));
    assertEquals(Optional.empty(), FirmSize.parse(" "));
    assertEquals(Optional.empty(), FirmSize.parse(null));
  }
}
