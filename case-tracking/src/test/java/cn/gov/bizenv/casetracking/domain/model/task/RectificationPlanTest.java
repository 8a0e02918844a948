package cn.gov.bizenv.casetracking.domain.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rectification plan's path: filed, sent back, filed again, approved, items accepted once. */
class RectificationPlanTest {
  private static final LocalDate DAY = LocalDate.parse("2026-06-30");

  private static Task rectification() {
    Task task =
        new Task(
            SourceKind.SUPERVISION_FINDING,
            "20260001",
            null,
            "整改：审批超时",
            null,
            DAY,
            ReportingCadence.MONTHLY,
            LocalDate.parse("2026-03-02"),
            LocalDateTime.parse("2026-03-02T09:00"),
            "triage");
    task.awaitRectificationPlan(7L);
    return task;
  }

  private static RectificationItemDraft item(String problem) {
    return new RectificationItemDraft(problem, "措施", null, DAY);
  }

  @Test
  void aRefiledPlanKeepsItsNumbersAndDropsWhatItNoLongerHas() {
    Task task = rectification();
    assertEquals(PlanStatus.AWAITED, task.getPlanStatus());
    task.fileRectificationPlan(List.of(item("甲"), item("乙"), item("丙")));
    assertEquals(PlanStatus.SUBMITTED, task.getPlanStatus());
    assertThrows(
        RuleViolationException.class, () -> task.fileRectificationPlan(List.of(item("丁"))));
    task.decideRectificationPlan(false);
    assertEquals(PlanStatus.SENT_BACK, task.getPlanStatus());
    task.fileRectificationPlan(List.of(item("甲改"), item("乙改")));
    assertEquals(
        List.of("甲改", "乙改"),
        task.getRectificationItems().stream().map(RectificationItem::getProblem).toList());
    assertEquals(
        List.of(1, 2),
        task.getRectificationItems().stream().map(RectificationItem::getSequence).toList());
  }

  @Test
  void itemsAreAcceptedOnceAndOnlyOnceThePlanIsApproved() {
    Task task = rectification();
    task.fileRectificationPlan(List.of(item("甲"), item("乙")));
    RuleViolationException early =
        assertThrows(
            RuleViolationException.class,
            () -> task.acceptRectificationItem(1, DAY, "triage", "佐证"));
    assertEquals("plan.refused", early.messageKey());
    task.decideRectificationPlan(true);
    assertThrows(RuleViolationException.class, () -> task.decideRectificationPlan(true));
    task.acceptRectificationItem(1, DAY, "triage", "佐证");
    assertTrue(task.getRectificationItems().get(0).isAccepted());
    RuleViolationException again =
        assertThrows(
            RuleViolationException.class,
            () -> task.acceptRectificationItem(1, DAY, "triage", "佐证"));
    assertEquals("plan.item.alreadyAccepted", again.messageKey());
  }

  @Test
  void aTaskThatIsNoRectificationHasNoPlan() {
    Task task =
        new Task(
            SourceKind.ACTION_PLAN,
            null,
            null,
            "普通任务",
            null,
            DAY,
            ReportingCadence.MONTHLY,
            LocalDate.parse("2026-03-02"),
            LocalDateTime.parse("2026-03-02T09:00"),
            "triage");
    assertThrows(
        RuleViolationException.class, () -> task.fileRectificationPlan(List.of(item("甲"))));
  }
}
