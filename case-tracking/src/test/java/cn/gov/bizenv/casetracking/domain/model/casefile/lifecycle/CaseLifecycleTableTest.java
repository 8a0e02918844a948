package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares every status × action × role × participation with the hand-written expectations. */
class CaseLifecycleTableTest {

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  static Stream<Arguments> everySingleRoleCombination() {
    List<Arguments> combinations = new ArrayList<>();
    for (CaseStatus status : CaseStatus.values()) {
      for (CaseAction action : CaseAction.values()) {
        for (Role role : Role.values()) {
          for (Participation participation : Participation.values()) {
            combinations.add(Arguments.of(status, action, role, participation));
          }
        }
      }
    }
    return combinations.stream();
  }

  @ParameterizedTest(name = "{0} {1} by {2} ({3})")
  @MethodSource("everySingleRoleCombination")
  void singleRoleMatchesExpectation(
      CaseStatus from, CaseAction action, Role role, Participation participation) {
    ExpectedTable.Outcome expected = ExpectedTable.outcome(from, action, role, participation);
    assertOutcome(expected, from, action, EnumSet.of(role), participation);
  }

  static Stream<Arguments> everyStatusAndAction() {
    List<Arguments> combinations = new ArrayList<>();
    for (CaseStatus status : CaseStatus.values()) {
      for (CaseAction action : CaseAction.values()) {
        combinations.add(Arguments.of(status, action));
      }
    }
    return combinations.stream();
  }

  /** Users may hold several roles (a supervisor who is also a triage officer); any one suffices. */
  @ParameterizedTest(name = "{0} {1} by every role set")
  @MethodSource("everyStatusAndAction")
  void everyRoleSetMatchesExpectation(CaseStatus from, CaseAction action) {
    for (Set<Role> roles : RoleSets.all()) {
      for (Participation participation : Participation.values()) {
        ExpectedTable.Outcome expected = ExpectedTable.outcome(from, action, roles, participation);
        assertOutcome(expected, from, action, roles, participation);
      }
    }
  }

  @Test
  void expectationTableCoversEveryActionAndAllRules() {
    // Guards the expectation table itself: a row typed twice or an action forgotten would weaken
    // the comparison above without failing it.
    Set<CaseAction> mentioned = EnumSet.noneOf(CaseAction.class);
    for (CaseStatus status : CaseStatus.values()) {
      for (CaseAction action : CaseAction.values()) {
        ExpectedTable.row(status, action).ifPresent(row -> mentioned.add(action));
      }
    }
    assertEquals(EnumSet.allOf(CaseAction.class), mentioned);
    assertEquals(47, ExpectedTable.rowCount());
  }

  private void assertOutcome(
      ExpectedTable.Outcome expected,
      CaseStatus from,
      CaseAction action,
      Set<Role> roles,
      Participation participation) {
    String context = from + " " + action + " by " + roles + " (" + participation + ")";
    if (expected.isAllowed()) {
      Transition transition;
      try {
        transition = lifecycle.check(from, action, roles, participation);
      } catch (IllegalTransitionException e) {
        fail(context + " should be allowed but was refused: " + e.reason());
        return;
      }
      assertEquals(new Transition(from, action, expected.to()), transition, context);
    } else {
      IllegalTransitionException thrown =
          assertThrows(
              IllegalTransitionException.class,
              () -> lifecycle.check(from, action, roles, participation),
              context);
      assertEquals(expected.refusal(), thrown.reason(), context);
      assertEquals(from, thrown.from(), context);
      assertEquals(action, thrown.action(), context);
    }
  }
}
