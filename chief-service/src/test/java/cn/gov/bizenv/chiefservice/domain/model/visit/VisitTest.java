package cn.gov.bizenv.chiefservice.domain.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Planned, then held or not held; the refusals name the visit form's fields. */
class VisitTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  static Visit planned() {
    return new Visit(1L, 7L, TODAY.plusDays(3), LocalDateTime.of(2026, 6, 1, 9, 0));
  }

  @Test
  void aHeldVisitKeepsWhatWasSaidAndItsCases() {
    Visit visit = planned();
    visit.held(TODAY, TODAY, " 总经理 ", " 企业反映用电报装慢。 ");
    assertEquals(VisitStatus.HELD, visit.getStatus());
    assertEquals(TODAY, visit.getVisitDate());
    assertEquals("总经理", visit.getPeopleMet());
    assertEquals("企业反映用电报装慢。", visit.getSummary());
    visit.raised(new RaisedCase(100L, "2026SQ00000100", "用电报装慢"));
    assertEquals(1, visit.getRaisedCases().size());
  }

  @Test
  void aHeldVisitNeedsASummaryAndCannotBeInTheFuture() {
    assertEquals("summary", field(() -> planned().held(TODAY, TODAY, null, " ")));
    assertEquals("visitDate", field(() -> planned().held(TODAY.plusDays(1), TODAY, null, "纪要")));
  }

  @Test
  void aVisitNotHeldSaysWhy() {
    Visit visit = planned();
    assertEquals("notHeldReason", field(() -> visit.notHeld(TODAY, TODAY, "")));
    visit.notHeld(TODAY.minusDays(1), TODAY, "企业负责人外出");
    assertEquals(VisitStatus.NOT_HELD, visit.getStatus());
    assertEquals("problems", field(() -> visit.raised(new RaisedCase(1L, "N", "T"))));
  }

  @Test
  void onlyAPlannedVisitChangesAndOnlyAHeldOneRaisesProblems() {
    Visit visit = planned();
    visit.reschedule(TODAY.plusDays(10));
    assertEquals(TODAY.plusDays(10), visit.getVisitDate());
    assertEquals("problems", field(() -> visit.raised(new RaisedCase(1L, "N", "T"))));
    visit.held(TODAY, TODAY, null, "纪要");
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> visit.reschedule(TODAY.plusDays(1)));
    assertEquals("visit.final", refused.messageKey());
    assertThrows(RuleViolationException.class, () -> visit.notHeld(TODAY, TODAY, "原因"));
  }

  private static String field(Runnable call) {
    return assertThrows(InvalidInputException.class, call::run).violations().get(0).field();
  }
}
