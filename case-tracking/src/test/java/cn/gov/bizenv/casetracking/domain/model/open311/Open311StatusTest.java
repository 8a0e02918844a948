package cn.gov.bizenv.casetracking.domain.model.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

class Open311StatusTest {
  @Test
  void everyStatusIsOpenOrClosedAsOurNotionOfAnOpenCase() {
    for (CaseStatus status : CaseStatus.values()) {
      Open311Status mapped = Open311Status.of(status, null);
      assertEquals(status.isOpen() ? "open" : "closed", mapped.status(), status.name());
    }
  }

  @Test
  void extendedStatusesFollowFixMyStreet() {
    assertEquals("open", Open311Status.of(CaseStatus.NEW, null).extendedStatus());
    assertEquals("investigating", Open311Status.of(CaseStatus.DISPATCHED, null).extendedStatus());
    assertEquals("in_progress", Open311Status.of(CaseStatus.REPLIED, null).extendedStatus());
    assertEquals("fixed", Open311Status.of(CaseStatus.CLOSED, CaseOutcome.SOLVED).extendedStatus());
    assertEquals(
        "action_scheduled",
        Open311Status.of(CaseStatus.FOLLOWED_UP, CaseOutcome.PLANNED).extendedStatus());
    assertEquals(
        "closed", Open311Status.of(CaseStatus.CLOSED, CaseOutcome.EXPLAINED).extendedStatus());
    assertEquals("duplicate", Open311Status.of(CaseStatus.MERGED, null).extendedStatus());
    assertEquals("no_further_action", Open311Status.of(CaseStatus.REJECTED, null).extendedStatus());
  }

  @Test
  void apiKeysAreRandomAndStoredAsHashes() {
    String key = ApiKey.newKey();
    assertEquals(32, key.length());
    assertTrue(key.matches("[A-Za-z0-9_-]+"));
    assertNotEquals(key, ApiKey.newKey());
    assertEquals(64, ApiKey.hash(key).length());
    assertEquals(ApiKey.hash(key), ApiKey.hash(key));
    assertNotEquals(ApiKey.hash(key), ApiKey.hash(key + "x"));
  }
}
