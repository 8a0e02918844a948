package cn.gov.bizenv.chiefservice.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored delivery follows the state machine and keeps each step's day in its own column. */
class DeliveryTest {
  static final LocalDate PUSHED_ON = LocalDate.of(2026, 6, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

  static Delivery delivery(boolean applicationFree) {
    Policy policy =
        new Policy("政策", "发文单位", PUSHED_ON, applicationFree, LocalDateTime.of(2026, 5, 1, 8, 0));
    Firm firm =
        new Firm(
            "企业",
            UnifiedSocialCreditCode.parse("91350100M000100Y43"),
            "C",
            FirmSize.SMALL,
            1L,
            LocalDateTime.of(2026, 1, 1, 8, 0));
    return new Delivery(policy, firm, PUSHED_ON, "admin");
  }

  @Test
  void stepsAreDatedAndGoForwardOneAtATime() {
    Delivery delivery = delivery(false);
    assertEquals(Set.of(DeliveryState.DELIVERED), delivery.nextSteps());
    delivery.advance(DeliveryState.DELIVERED, PUSHED_ON.plusDays(2), TODAY, "officer");
    delivery.advance(DeliveryState.ACKNOWLEDGED, PUSHED_ON.plusDays(3), TODAY, "officer");
    assertEquals(DeliveryState.ACKNOWLEDGED, delivery.getState());
    assertEquals(PUSHED_ON.plusDays(2), delivery.getDeliveredOn());
    assertEquals(PUSHED_ON.plusDays(3), delivery.getAcknowledgedOn());
    assertEquals("officer", delivery.getChangedBy());
    assertEquals(Set.of(DeliveryState.APPLIED), delivery.nextSteps());
  }

  @Test
  void refusalsCarryTheStateMachinesMessageAndChangeNothing() {
    Delivery delivery = delivery(false);
    RuleViolationException skipped =
        assertThrows(
            RuleViolationException.class,
            () -> delivery.advance(DeliveryState.ACKNOWLEDGED, TODAY, TODAY, "officer"));
    assertEquals(IllegalDeliveryStepException.SKIPPED, skipped.messageKey());
    RuleViolationException early =
        assertThrows(
            RuleViolationException.class,
            () ->
                delivery.advance(
                    DeliveryState.DELIVERED, PUSHED_ON.minusDays(1), TODAY, "officer"));
    assertEquals(IllegalDeliveryStepException.BEFORE_PREVIOUS, early.messageKey());
    assertEquals(2, early.arguments().size());
    assertEquals(DeliveryState.PUSHED, delivery.getState());
    assertNull(delivery.getDeliveredOn());
  }

  @Test
  void anApplicationFreePolicySkipsTheApplication() {
    Delivery delivery = delivery(true);
    delivery.advance(DeliveryState.DELIVERED, TODAY, TODAY, "officer");
    delivery.advance(DeliveryState.ACKNOWLEDGED, TODAY, TODAY, "officer");
    RuleViolationException applied =
        assertThrows(
            RuleViolationException.class,
            () -> delivery.advance(DeliveryState.APPLIED, TODAY, TODAY, "officer"));
    assertEquals(IllegalDeliveryStepException.NOT_APPLICABLE, applied.messageKey());
    delivery.advance(DeliveryState.REDEEMED, TODAY, TODAY, "officer");
    assertEquals(DeliveryState.REDEEMED, delivery.getState());
    assertEquals(Set.of(), delivery.nextSteps());
  }
}
