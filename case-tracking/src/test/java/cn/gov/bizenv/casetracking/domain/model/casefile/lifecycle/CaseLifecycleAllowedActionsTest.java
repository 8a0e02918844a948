package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.ACCEPT;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.APPROVE_EXTENSION;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.ISSUE_NOTICE;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.ISSUE_SUPERVISION_ORDER;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.MERGE;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.RECORD_ACCOUNTABILITY;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.RECORD_PROGRESS;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.REFUSE_EXTENSION;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.REJECT;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.REQUEST_EXTENSION;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.RETURN_TO_TRIAGE;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.SUBMIT_REPLY;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction.URGE;
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

/** What the UI may offer: {@link CaseLifecycle#allowedActions} for every viewer. */
class CaseLifecycleAllowedActionsTest {

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  @ParameterizedTest
  @EnumSource(CaseStatus.class)
  void matchesExpectationForEveryRoleSetAndParticipation(CaseStatus status) {
    for (Set<Role> roles : RoleSets.all()) {
      for (Participation participation : Participation.values()) {
        assertEquals(
            ExpectedTable.allowed(status, roles, participation),
            lifecycle.allowedActions(status, roles, participation),
            status + " " + roles + " " + participation);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CaseStatus.class)
  void agreesWithCheck(CaseStatus status) {
    // Offering an action the check then refuses (or hiding one it allows) would confuse users.
    for (Set<Role> roles : RoleSets.all()) {
      for (Participation participation : Participation.values()) {
        Set<CaseAction> allowed = lifecycle.allowedActions(status, roles, participation);
        for (CaseAction action : CaseAction.values()) {
          boolean passes;
          try {
            lifecycle.check(status, action, roles, participation);
            passes = true;
          } catch (IllegalTransitionException e) {
            passes = false;
          }
          assertEquals(allowed.contains(action), passes, status + " " + action + " " + roles);
        }
      }
    }
  }

  @Test
  void triageOfficerOnNewCase() {
    assertEquals(
        EnumSet.of(ACCEPT, REJECT, MERGE),
        lifecycle.allowedActions(
            CaseStatus.NEW, EnumSet.of(Role.TRIAGE_OFFICER), Participation.NONE));
  }

  @Test
  void supervisorOnCaseInProgress() {
    assertEquals(
        EnumSet.of(
            APPROVE_EXTENSION,
            REFUSE_EXTENSION,
            CaseAction.AWAIT_WRITER,
            CaseAction.RESUME,
            URGE,
            ISSUE_SUPERVISION_ORDER,
            ISSUE_NOTICE,
            RECORD_ACCOUNTABILITY),
        lifecycle.allowedActions(
            CaseStatus.IN_PROGRESS, EnumSet.of(Role.SUPERVISOR), Participation.NONE));
  }

  @Test
  void unitHandlersOnCaseInProgress() {
    Set<Role> handler = EnumSet.of(Role.UNIT_HANDLER);
    assertEquals(
        EnumSet.of(
            RETURN_TO_TRIAGE,
            RECORD_PROGRESS,
            REQUEST_EXTENSION,
            SUBMIT_REPLY,
            CaseAction.AWAIT_WRITER,
            CaseAction.RESUME),
        lifecycle.allowedActions(CaseStatus.IN_PROGRESS, handler, Participation.LEAD_UNIT));
    assertEquals(
        EnumSet.of(RECORD_PROGRESS, CaseAction.ASSIST_OPINION),
        lifecycle.allowedActions(CaseStatus.IN_PROGRESS, handler, Participation.ASSISTING_UNIT));
    assertEquals(
        EnumSet.noneOf(CaseAction.class),
        lifecycle.allowedActions(CaseStatus.IN_PROGRESS, handler, Participation.NONE));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"LEADER", "CHIEF_SERVICE_OFFICER", "ADMINISTRATOR"})
  void readOnlyRolesHaveNoActionsAnywhere(Role role) {
    for (CaseStatus status : CaseStatus.values()) {
      for (Participation participation : Participation.values()) {
        assertTrue(
            lifecycle.allowedActions(status, EnumSet.of(role), participation).isEmpty(),
            role + " in " + status);
      }
    }
  }

  @Test
  void resultCannotBeModified() {
    Set<CaseAction> allowed =
        lifecycle.allowedActions(
            CaseStatus.NEW, EnumSet.of(Role.TRIAGE_OFFICER), Participation.NONE);
    assertThrows(UnsupportedOperationException.class, () -> allowed.add(CaseAction.REOPEN));
  }
}
