package cn.gov.bizenv.casetracking.domain.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status × action × party against an expectation typed independently of the lifecycle, as the
 * issue states it: 未启动 → 推进中 → 已完成 → 已销号, 逾期 by the sweep, 退回补充 by the office.
 */
class TaskLifecycleTableTest {
  // status         action            party   → to ("-" everywhere else)
  private static final String[] EXPECTED = {
    "NOT_STARTED  ASSIGN            OFFICE  NOT_STARTED",
    "NOT_STARTED  REVISE            OFFICE  NOT_STARTED",
    "NOT_STARTED  REPORT_PROGRESS   LEAD    IN_PROGRESS",
    "NOT_STARTED  MEET_MILESTONE    LEAD    IN_PROGRESS",
    "NOT_STARTED  CLAIM_COMPLETION  LEAD    COMPLETED",
    "NOT_STARTED  MARK_OVERDUE      SYSTEM  OVERDUE",
    "IN_PROGRESS  ASSIGN            OFFICE  IN_PROGRESS",
    "IN_PROGRESS  REVISE            OFFICE  IN_PROGRESS",
    "IN_PROGRESS  REPORT_PROGRESS   LEAD    IN_PROGRESS",
    "IN_PROGRESS  MEET_MILESTONE    LEAD    IN_PROGRESS",
    "IN_PROGRESS  CLAIM_COMPLETION  LEAD    COMPLETED",
    "IN_PROGRESS  MARK_OVERDUE      SYSTEM  OVERDUE",
    "OVERDUE      ASSIGN            OFFICE  OVERDUE",
    "OVERDUE      REVISE            OFFICE  OVERDUE",
    "OVERDUE      REPORT_PROGRESS   LEAD    OVERDUE",
    "OVERDUE      MEET_MILESTONE    LEAD    OVERDUE",
    "OVERDUE      CLAIM_COMPLETION  LEAD    COMPLETED",
    "COMPLETED    ACCEPT            OFFICE  CLOSED",
    "COMPLETED    SEND_BACK         OFFICE  IN_PROGRESS",
  };

  private final TaskLifecycle lifecycle = new TaskLifecycle();

  private static Map<String, String[]> expected() {
    Map<String, String[]> rows = new HashMap<>();
    for (String line : EXPECTED) {
      String[] cells = line.trim().split("\\s+");
      rows.put(cells[0] + " " + cells[1], cells);
    }
    return rows;
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (TaskStatus status : TaskStatus.values()) {
      for (TaskAction action : TaskAction.values()) {
        for (TaskParty party : TaskParty.values()) {
          all.add(Arguments.of(status, action, party));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} by {2}")
  @MethodSource("everyCombination")
  void matchesTheExpectedTable(TaskStatus from, TaskAction action, TaskParty party) {
    String[] row = expected().get(from + " " + action);
    if (row == null) {
      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> lifecycle.check(from, action, party));
      assertEquals("task.refused.status", refused.messageKey());
    } else if (!row[2].equals(party.name())) {
      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> lifecycle.check(from, action, party));
      assertEquals("task.refused.party", refused.messageKey());
    } else {
      assertEquals(TaskStatus.valueOf(row[3]), lifecycle.check(from, action, party));
    }
  }

  @Test
  void theExpectationMentionsEveryActionAndNoRowTwice() {
    assertEquals(EXPECTED.length, expected().size());
    EnumSet<TaskAction> mentioned = EnumSet.noneOf(TaskAction.class);
    expected().values().forEach(row -> mentioned.add(TaskAction.valueOf(row[1])));
    assertEquals(EnumSet.allOf(TaskAction.class), mentioned);
  }

  @Test
  void anAcceptedTaskAcceptsNothing() {
    for (TaskParty party : TaskParty.values()) {
      assertTrue(lifecycle.allowedActions(TaskStatus.CLOSED, party).isEmpty());
    }
  }

  @Test
  void allowedActionsAreTheRowsOfTheParty() {
    assertEquals(
        EnumSet.of(TaskAction.ACCEPT, TaskAction.SEND_BACK),
        lifecycle.allowedActions(TaskStatus.COMPLETED, TaskParty.OFFICE));
    assertEquals(
        EnumSet.of(
            TaskAction.REPORT_PROGRESS, TaskAction.MEET_MILESTONE, TaskAction.CLAIM_COMPLETION),
        lifecycle.allowedActions(TaskStatus.OVERDUE, TaskParty.LEAD));
  }

  @Test
  void onlyTheSendBackNeedsAReason() {
    for (TaskAction action : TaskAction.values()) {
      assertEquals(action == TaskAction.SEND_BACK, TaskLifecycle.requiresReason(action));
    }
  }
}
