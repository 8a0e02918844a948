package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The refusal carries machine-readable data and message keys, never display text. */
class IllegalTransitionExceptionTest {

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  @Test
  void messageKeysAreStable() {
    // The web layer's resource bundles depend on these exact keys.
    assertEquals(
        Map.of(
            RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS, "lifecycle.illegal.status",
            RefusalReason.ROLE_NOT_PERMITTED, "lifecycle.illegal.role",
            RefusalReason.NOT_THE_LEAD_UNIT, "lifecycle.illegal.notLeadUnit",
            RefusalReason.NOT_A_PARTICIPATING_UNIT, "lifecycle.illegal.notParticipatingUnit",
            RefusalReason.NOT_AN_ASSISTING_UNIT, "lifecycle.illegal.notAssistingUnit"),
        Arrays.stream(RefusalReason.values())
            .collect(Collectors.toMap(reason -> reason, RefusalReason::messageKey)));
  }

  @ParameterizedTest
  @EnumSource(RefusalReason.class)
  void carriesReasonStatusActionAndAsciiMessage(RefusalReason reason) {
    IllegalTransitionException e =
        new IllegalTransitionException(reason, CaseStatus.REPLIED, CaseAction.SIGN_FOR);
    assertEquals(reason, e.reason());
    assertEquals(CaseStatus.REPLIED, e.from());
    assertEquals(CaseAction.SIGN_FOR, e.action());
    assertEquals(reason.messageKey(), e.messageKey());
    assertTrue(e.getMessage().startsWith(reason.messageKey()), e.getMessage());
    assertTrue(e.getMessage().contains("SIGN_FOR") && e.getMessage().contains("REPLIED"));
    assertTrue(e.getMessage().chars().allMatch(c -> c < 128), "no display text in the message");
  }

  @Test
  void refusalFromCheckCarriesKey() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                lifecycle.check(
                    CaseStatus.NEW,
                    CaseAction.ACCEPT,
                    EnumSet.of(Role.UNIT_HANDLER),
                    Participation.LEAD_UNIT));
    assertEquals("lifecycle.illegal.role", e.messageKey());
  }

  @Test
  void checkRejectsNullArguments() {
    var roles = EnumSet.of(Role.TRIAGE_OFFICER);
    var none = Participation.NONE;
    assertThrows(
        NullPointerException.class, () -> lifecycle.check(null, CaseAction.ACCEPT, roles, none));
    assertThrows(
        NullPointerException.class, () -> lifecycle.check(CaseStatus.NEW, null, roles, none));
    assertThrows(
        NullPointerException.class,
        () -> lifecycle.check(CaseStatus.NEW, CaseAction.ACCEPT, null, none));
    assertThrows(
        NullPointerException.class,
        () -> lifecycle.check(CaseStatus.NEW, CaseAction.ACCEPT, roles, null));
    assertThrows(NullPointerException.class, () -> lifecycle.allowedActions(null, roles, none));
    assertThrows(
        NullPointerException.class, () -> lifecycle.allowedActions(CaseStatus.NEW, null, none));
    assertThrows(
        NullPointerException.class, () -> lifecycle.allowedActions(CaseStatus.NEW, roles, null));
  }
}
