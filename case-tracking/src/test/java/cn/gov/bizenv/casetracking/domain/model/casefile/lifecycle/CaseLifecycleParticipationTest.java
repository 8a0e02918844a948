package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.DISPATCHED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.IN_PROGRESS;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.NEW;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.REPLIED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.RETURNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead-unit and participating-unit rules for unit handlers, and how reasons take priority. */
class CaseLifecycleParticipationTest {

  private static final Set<Role> HANDLER = EnumSet.of(Role.UNIT_HANDLER);

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "SIGN_FOR,          DISPATCHED,  IN_PROGRESS",
    "RETURN_TO_TRIAGE,  DISPATCHED,  RETURNED",
    "RETURN_TO_TRIAGE,  IN_PROGRESS, RETURNED",
    "REQUEST_EXTENSION, IN_PROGRESS, IN_PROGRESS",
    "SUBMIT_REPLY,      IN_PROGRESS, REPLIED"
  })
  void leadUnitOnlyActions(CaseAction action, CaseStatus from, CaseStatus to) {
    assertEquals(to, lifecycle.check(from, action, HANDLER, Participation.LEAD_UNIT).to());
    assertRefused(
        from, action, HANDLER, Participation.ASSISTING_UNIT, RefusalReason.NOT_THE_LEAD_UNIT);
    assertRefused(from, action, HANDLER, Participation.NONE, RefusalReason.NOT_THE_LEAD_UNIT);
  }

  @Test
  void progressNotesByLeadOrAssistingUnitOnly() {
    CaseAction note = CaseAction.RECORD_PROGRESS;
    assertEquals(
        IN_PROGRESS, lifecycle.check(IN_PROGRESS, note, HANDLER, Participation.LEAD_UNIT).to());
    assertEquals(
        IN_PROGRESS,
        lifecycle.check(IN_PROGRESS, note, HANDLER, Participation.ASSISTING_UNIT).to());
    assertRefused(
        IN_PROGRESS, note, HANDLER, Participation.NONE, RefusalReason.NOT_A_PARTICIPATING_UNIT);
  }

  @ParameterizedTest
  @EnumSource(Participation.class)
  void officeRolesIgnoreParticipation(Participation participation) {
    Set<Role> triage = EnumSet.of(Role.TRIAGE_OFFICER);
    Set<Role> supervisor = EnumSet.of(Role.SUPERVISOR);
    assertEquals(
        IN_PROGRESS,
        lifecycle.check(IN_PROGRESS, CaseAction.APPROVE_EXTENSION, triage, participation).to());
    assertEquals(
        REPLIED, lifecycle.check(REPLIED, CaseAction.URGE, supervisor, participation).to());
  }

  @Test
  void officeRoleDoesNotLetAnyoneActForTheUnit() {
    // A triage officer who is also a unit handler elsewhere must not sign for another unit's case.
    Set<Role> both = EnumSet.of(Role.TRIAGE_OFFICER, Role.UNIT_HANDLER);
    assertRefused(
        DISPATCHED, CaseAction.SIGN_FOR, both, Participation.NONE, RefusalReason.NOT_THE_LEAD_UNIT);
    assertEquals(
        IN_PROGRESS,
        lifecycle.check(DISPATCHED, CaseAction.SIGN_FOR, both, Participation.LEAD_UNIT).to());
  }

  @Test
  void handlerWithOfficeRoleMayStillActForTheOffice() {
    Set<Role> both = EnumSet.of(Role.SUPERVISOR, Role.UNIT_HANDLER);
    assertEquals(
        DISPATCHED,
        lifecycle.check(RETURNED, CaseAction.DISPATCH, both, Participation.LEAD_UNIT).to());
  }

  @Test
  void leadUnitHandlerCannotTakeOfficeActions() {
    assertRefused(
        IN_PROGRESS,
        CaseAction.APPROVE_EXTENSION,
        HANDLER,
        Participation.LEAD_UNIT,
        RefusalReason.ROLE_NOT_PERMITTED);
    assertRefused(
        REPLIED,
        CaseAction.APPROVE_REPLY_AND_CLOSE,
        HANDLER,
        Participation.LEAD_UNIT,
        RefusalReason.ROLE_NOT_PERMITTED);
  }

  @Test
  void statusIsCheckedBeforeRole() {
    assertRefused(
        NEW,
        CaseAction.SUBMIT_REPLY,
        EnumSet.of(Role.ADMINISTRATOR),
        Participation.NONE,
        RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS);
  }

  @Test
  void roleIsCheckedBeforeParticipation() {
    assertRefused(
        DISPATCHED,
        CaseAction.SIGN_FOR,
        EnumSet.of(Role.LEADER),
        Participation.LEAD_UNIT,
        RefusalReason.ROLE_NOT_PERMITTED);
  }

  @Test
  void noRolesMeansNoActions() {
    assertRefused(
        NEW, CaseAction.ACCEPT, Set.of(), Participation.NONE, RefusalReason.ROLE_NOT_PERMITTED);
  }

  private void assertRefused(
      CaseStatus from,
      CaseAction action,
      Set<Role> roles,
      Participation participation,
      RefusalReason reason) {
    IllegalTransitionException thrown =
        assertThrows(
            IllegalTransitionException.class,
            () -> lifecycle.check(from, action, roles, participation));
    assertEquals(reason, thrown.reason());
  }
}
