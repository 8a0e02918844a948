package cn.gov.bizenv.casetracking.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

class PublicStatusTest {
  @Test
  void aReplyUnderReviewIsStillInHand() {
    assertEquals(PublicStatus.IN_HAND, PublicStatus.of(CaseStatus.REPLIED));
    assertEquals(PublicStatus.IN_HAND, PublicStatus.of(CaseStatus.RETURNED));
  }

  @Test
  void closedAndFollowedUpAreAnswered() {
    assertEquals(PublicStatus.ANSWERED, PublicStatus.of(CaseStatus.CLOSED));
    assertEquals(PublicStatus.ANSWERED, PublicStatus.of(CaseStatus.FOLLOWED_UP));
    assertEquals(PublicStatus.RECEIVED, PublicStatus.of(CaseStatus.NEW));
    assertEquals(PublicStatus.NOT_ACCEPTED, PublicStatus.of(CaseStatus.REJECTED));
  }
}
