package cn.gov.bizenv.casetracking.domain.model.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulletin's period, its approval path and the freezing of its content. */
class BulletinTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 9, 30);

  static Bulletin monthly() {
    return new Bulletin(
        "十月督查通报",
        PeriodKind.MONTHLY,
        LocalDate.of(2026, 10, 17),
        null,
        " 前言 ",
        List.of(),
        "supervisor",
        NOW);
  }

  static BulletinContent content(LocalDate from, LocalDate to, long received) {
    return new BulletinContent(
        from,
        to,
        NOW,
        new Figures(received, 3, 4, 3, 75.0, 1, 2, 1, null),
        List.of(new KeyCount("12", "华龙区", 1)),
        List.of(new SupervisedUnit(12, "华龙区", 2, 1, 0, 0)),
        List.of(
            new NotableCase(
                7,
                "LY20261001001",
                "道路积水",
                "华龙区",
                "IN_PROGRESS",
                LocalDateTime.of(2026, 10, 20, 17, 0),
                13L,
                "请重点督办")),
        true,
        List.of(
            new RankedUnit(1, 12, "华龙区", 88.5, -1.5), new RankedUnit(null, 13, "清丰县", null, null)),
        "前言",
        List.of(
            new cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint(from, 4, 1),
            new cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint(
                from.plusDays(7), 5, 2)));
  }

  @Test
  void presetPeriodsCoverTheWholeWeekOrMonth() {
    Bulletin b = monthly();
    assertEquals(LocalDate.of(2026, 10, 1), b.getPeriodFrom());
    assertEquals(LocalDate.of(2026, 10, 31), b.getPeriodTo());
    assertEquals("前言", b.getForeword());
    Bulletin weekly =
        new Bulletin(
            "周报", PeriodKind.WEEKLY, LocalDate.of(2026, 11, 4), null, null, List.of(), "s", NOW);
    assertEquals(LocalDate.of(2026, 11, 2), weekly.getPeriodFrom()); // Monday
    assertEquals(LocalDate.of(2026, 11, 8), weekly.getPeriodTo());
  }

  @Test
  void customPeriodNeedsOrderedDatesWithinAYear() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new Bulletin(
                "x", PeriodKind.CUSTOM, LocalDate.of(2026, 3, 1), null, null, null, "s", NOW));
    assertThrows(
        InvalidInputException.class,
        () ->
            new Bulletin(
                "x",
                PeriodKind.CUSTOM,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1),
                null,
                null,
                "s",
                NOW));
    assertThrows(
        InvalidInputException.class,
        () ->
            new Bulletin(
                "x",
                PeriodKind.CUSTOM,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 3, 1),
                null,
                null,
                "s",
                NOW));
  }

  @Test
  void notableCasesAreDistinct() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new Bulletin(
                "x",
                PeriodKind.MONTHLY,
                LocalDate.of(2026, 3, 1),
                null,
                null,
                List.of(new NotableChoice(1, "a"), new NotableChoice(1, "b")),
                "s",
                NOW));
  }

  @Test
  void approvalFreezesTheContentAndEndsEditing() {
    Bulletin b = monthly();
    assertTrue(b.frozenContent().isEmpty());
    assertThrows(
        RuleViolationException.class,
        () -> b.approve(content(b.getPeriodFrom(), b.getPeriodTo(), 9), 1, "leader", NOW));
    b.submit(NOW);
    assertThrows(
        RuleViolationException.class,
        () -> b.revise("y", PeriodKind.MONTHLY, LocalDate.of(2026, 10, 1), null, null, null));
    BulletinContent approved = content(b.getPeriodFrom(), b.getPeriodTo(), 9);
    b.approve(approved, 3, "leader", NOW);
    assertEquals(BulletinStatus.APPROVED, b.getStatus());
    assertEquals(NOW.getYear(), b.getDocumentYear(), "numbered in the year of approval");
    assertEquals(3, b.getDocumentNumber());
    assertEquals("leader", b.getDecidedBy());
    assertEquals(approved, b.frozenContent().orElseThrow());
    assertThrows(
        RuleViolationException.class,
        () -> b.revise("y", PeriodKind.MONTHLY, LocalDate.of(2026, 10, 1), null, null, null));
    assertThrows(RuleViolationException.class, () -> b.sendBack("again", "leader", NOW));
    assertThrows(
        RuleViolationException.class,
        () -> b.approve(content(b.getPeriodFrom(), b.getPeriodTo(), 10), 4, "leader", NOW));
    assertEquals(9, b.frozenContent().orElseThrow().figures().received());
  }

  @Test
  void contentOfAnotherPeriodIsNotFrozen() {
    Bulletin b = monthly();
    b.submit(NOW);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            b.approve(
                content(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 1), 1, "leader", NOW));
    assertEquals(BulletinStatus.SUBMITTED, b.getStatus());
  }

  @Test
  void sendingBackNeedsAReasonAndReopensTheDraft() {
    Bulletin b = monthly();
    b.submit(NOW);
    assertThrows(InvalidInputException.class, () -> b.sendBack(" ", "leader", NOW));
    b.sendBack("补充超期原因", "leader", NOW);
    assertEquals(BulletinStatus.DRAFT, b.getStatus());
    assertEquals("补充超期原因", b.getReturnReason());
    b.revise("十月通报（修改）", PeriodKind.MONTHLY, LocalDate.of(2026, 10, 1), null, null, null);
    b.submit(NOW);
    assertNull(b.getReturnReason());
    assertTrue(b.frozenContent().isEmpty());
  }
}
