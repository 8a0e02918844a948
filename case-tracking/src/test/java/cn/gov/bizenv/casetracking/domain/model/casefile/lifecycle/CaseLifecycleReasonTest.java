package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which actions need an explanatory note. */
class CaseLifecycleReasonTest {

  private static final Set<CaseAction> NEED_REASON =
      EnumSet.of(
          CaseAction.REJECT,
          CaseAction.RETURN_TO_TRIAGE,
          CaseAction.REFUSE_RETURN,
          CaseAction.REFUSE_EXTENSION,
          CaseAction.SEND_REPLY_BACK,
          CaseAction.REOPEN);

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void reasonRequiredExactlyForDecisionsOthersMustUnderstand(CaseAction action) {
    assertEquals(NEED_REASON.contains(action), lifecycle.requiresReason(action), action.name());
  }

  @Test
  void rejectsNullAction() {
    assertThrows(NullPointerException.class, () -> lifecycle.requiresReason(null));
  }
}
