package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Finished cases: rejected and merged ones are final; a followed-up one can only be reopened. */
class CaseLifecycleTerminalStatesTest {

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  @ParameterizedTest
  @EnumSource(
      value = CaseStatus.class,
      names = {"REJECTED", "MERGED"})
  void finalStatusesAllowNothing(CaseStatus status) {
    for (Set<Role> roles : RoleSets.all()) {
      for (Participation participation : Participation.values()) {
        assertTrue(lifecycle.allowedActions(status, roles, participation).isEmpty());
      }
    }
    for (CaseAction action : CaseAction.values()) {
      IllegalTransitionException thrown =
          assertThrows(
              IllegalTransitionException.class,
              () ->
                  lifecycle.check(
                      status, action, EnumSet.allOf(Role.class), Participation.LEAD_UNIT));
      assertEquals(RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS, thrown.reason());
    }
  }

  @Test
  void followedUpAllowsOnlyReopen() {
    assertEquals(
        EnumSet.of(CaseAction.REOPEN),
        lifecycle.allowedActions(
            CaseStatus.FOLLOWED_UP, EnumSet.allOf(Role.class), Participation.LEAD_UNIT));
    for (CaseAction action : EnumSet.complementOf(EnumSet.of(CaseAction.REOPEN))) {
      IllegalTransitionException thrown =
          assertThrows(
              IllegalTransitionException.class,
              () ->
                  lifecycle.check(
                      CaseStatus.FOLLOWED_UP,
                      action,
                      EnumSet.allOf(Role.class),
                      Participation.LEAD_UNIT));
      assertEquals(RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS, thrown.reason(), action.name());
    }
  }

  @Test
  void reopeningReturnsToTheSameLeadUnitWithoutNewSignOff() {
    Set<Role> triage = EnumSet.of(Role.TRIAGE_OFFICER);
    assertEquals(
        CaseStatus.IN_PROGRESS,
        lifecycle
            .check(CaseStatus.FOLLOWED_UP, CaseAction.REOPEN, triage, Participation.NONE)
            .to());
    assertEquals(
        CaseStatus.IN_PROGRESS,
        lifecycle.check(CaseStatus.CLOSED, CaseAction.REOPEN, triage, Participation.NONE).to());
  }

  @Test
  void closedCasesAreNotSupervised() {
    // Supervision targets open work; closed cases are handled by follow-up and reopening.
    for (CaseStatus status : EnumSet.of(CaseStatus.CLOSED, CaseStatus.FOLLOWED_UP)) {
      assertEquals(
          RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS,
          assertThrows(
                  IllegalTransitionException.class,
                  () ->
                      lifecycle.check(
                          status, CaseAction.URGE, EnumSet.of(Role.SUPERVISOR), Participation.NONE))
              .reason());
    }
  }
}
