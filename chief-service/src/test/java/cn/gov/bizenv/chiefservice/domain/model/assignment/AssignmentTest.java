package cn.gov.bizenv.chiefservice.domain.model.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One officer at a time, and a reason for every handover. */
class AssignmentTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 9, 0);

  @Test
  void aFirmWithoutAnOfficerTakesOneWithoutReason() {
    assertEquals(Optional.empty(), Assignment.refusal(null, 7L, null));
  }

  @Test
  void handingAFirmOverNeedsAReason() {
    assertEquals(Optional.of("assignment.reason.required"), Assignment.refusal(3L, 7L, " "));
    assertEquals(Optional.empty(), Assignment.refusal(3L, 7L, "原服务员调岗"));
  }

  @Test
  void theSameOfficerAgainChangesNothing() {
    assertEquals(Optional.of("assignment.sameOfficer"), Assignment.refusal(7L, 7L, "任意"));
  }

  @Test
  void anAssignmentEndsOnceAndNotBeforeItBegan() {
    Assignment assignment = new Assignment(1L, 7L, START, "  ", "admin");
    assertTrue(assignment.isCurrent());
    assertEquals(null, assignment.getReason(), "a blank reason is no reason");
    assertThrows(IllegalArgumentException.class, () -> assignment.end(START.minusDays(1)));
    assignment.end(START.plusDays(30));
    assertFalse(assignment.isCurrent());
    assertThrows(IllegalStateException.class, () -> assignment.end(START.plusDays(31)));
  }
}
