package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

/** The value returned for a permitted action. */
class TransitionTest {

  @Test
  void tellsWhetherStatusChanges() {
    assertTrue(
        new Transition(CaseStatus.NEW, CaseAction.ACCEPT, CaseStatus.ACCEPTED).changesStatus());
    assertFalse(
        new Transition(CaseStatus.IN_PROGRESS, CaseAction.RECORD_PROGRESS, CaseStatus.IN_PROGRESS)
            .changesStatus());
  }

  @Test
  void requiresAllParts() {
    assertThrows(
        NullPointerException.class, () -> new Transition(null, CaseAction.ACCEPT, CaseStatus.NEW));
    assertThrows(
        NullPointerException.class, () -> new Transition(CaseStatus.NEW, null, CaseStatus.NEW));
    assertThrows(
        NullPointerException.class, () -> new Transition(CaseStatus.NEW, CaseAction.ACCEPT, null));
  }
}
