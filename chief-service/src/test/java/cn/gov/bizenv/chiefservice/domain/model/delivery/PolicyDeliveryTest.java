package cn.gov.bizenv.chiefservice.domain.model.delivery;

import static cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState.ACKNOWLEDGED;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState.APPLIED;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState.DELIVERED;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState.PUSHED;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState.REDEEMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyDeliveryTest {

  private static final boolean APPLICATION_FREE = true;
  private static final boolean BY_APPLICATION = false;

  private static final LocalDate MAY_6 = LocalDate.of(2024, 5, 6);
  private static final LocalDate MAY_8 = LocalDate.of(2024, 5, 8);
  private static final LocalDate MAY_10 = LocalDate.of(2024, 5, 10);
  private static final LocalDate MAY_20 = LocalDate.of(2024, 5, 20);
  private static final LocalDate JUNE_3 = LocalDate.of(2024, 6, 3);
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

  /** The policy kinds of the expectation table. */
  enum Kind {
    REGULAR(BY_APPLICATION),
    FREE(APPLICATION_FREE);

    final boolean applicationFree;

    Kind(boolean applicationFree) {
      this.applicationFree = applicationFree;
    }
  }

  /** The four steps, named as in the expectation table. */
  enum Step {
    DELIVER(DELIVERED),
    ACKNOWLEDGE(ACKNOWLEDGED),
    APPLY(APPLIED),
    REDEEM(REDEEMED);

    final DeliveryState target;

    Step(DeliveryState target) {
      this.target = target;
    }

    void perform(PolicyDelivery delivery, LocalDate on) {
      delivery.advanceTo(target, on, TODAY);
    }
  }

  /** A delivery brought along its legal path to the given state, one day per step. */
  private static PolicyDelivery deliveryIn(Kind kind, DeliveryState state) {
    PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, kind.applicationFree);
    LocalDate day = MAY_6;
    while (delivery.state() != state) {
      day = day.plusDays(1);
      delivery.advanceTo(delivery.nextSteps().iterator().next(), day, TODAY);
    }
    return delivery;
  }

  @Nested
  class FullPaths {

    @Test
    void byApplication() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);
      assertEquals(Set.of(DELIVERED), delivery.nextSteps());

      delivery.advanceTo(DELIVERED, MAY_8, TODAY);
      assertEquals(Set.of(ACKNOWLEDGED), delivery.nextSteps());
      delivery.advanceTo(ACKNOWLEDGED, MAY_10, TODAY);
      assertEquals(Set.of(APPLIED), delivery.nextSteps());
      delivery.advanceTo(APPLIED, MAY_20, TODAY);
      assertEquals(Set.of(REDEEMED), delivery.nextSteps());
      delivery.advanceTo(REDEEMED, JUNE_3, TODAY);

      assertEquals(REDEEMED, delivery.state());
      assertEquals(Set.of(), delivery.nextSteps());
      assertFalse(delivery.isApplicationFree());
      assertEquals(
          List.of(
              new DeliveryStep(PUSHED, MAY_6),
              new DeliveryStep(DELIVERED, MAY_8),
              new DeliveryStep(ACKNOWLEDGED, MAY_10),
              new DeliveryStep(APPLIED, MAY_20),
              new DeliveryStep(REDEEMED, JUNE_3)),
          delivery.history());
    }

    @Test
    void applicationFreeSkipsApplying() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, APPLICATION_FREE);

      delivery.advanceTo(DELIVERED, MAY_8, TODAY);
      delivery.advanceTo(ACKNOWLEDGED, MAY_10, TODAY);
      assertEquals(Set.of(REDEEMED), delivery.nextSteps());
      delivery.advanceTo(REDEEMED, JUNE_3, TODAY);

      assertEquals(REDEEMED, delivery.state());
      assertTrue(delivery.isApplicationFree());
      assertEquals(
          List.of(
              new DeliveryStep(PUSHED, MAY_6),
              new DeliveryStep(DELIVERED, MAY_8),
              new DeliveryStep(ACKNOWLEDGED, MAY_10),
              new DeliveryStep(REDEEMED, JUNE_3)),
          delivery.history());
    }

    @Test
    void aNewDeliveryIsPushed() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);

      assertEquals(PUSHED, delivery.state());
      assertEquals(List.of(new DeliveryStep(PUSHED, MAY_6)), delivery.history());
    }

    @Test
    void historyCannotBeChangedFromOutside() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);

      assertThrows(
          UnsupportedOperationException.class,
          () -> delivery.history().add(new DeliveryStep(REDEEMED, MAY_8)));
    }
  }

  @Nested
  class EveryStepFromEveryState {

    /**
     * Every reachable state of each kind × every step method: OK, or the key it is refused with. 20
     * rows for policies by application (5 states), 16 for application-free ones (no APPLIED).
     */
    @ParameterizedTest(name = "{0}: {1} --{2}--> {3}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            REGULAR | PUSHED       | DELIVER     | OK
            REGULAR | PUSHED       | ACKNOWLEDGE | delivery.step.skipped
            REGULAR | PUSHED       | APPLY       | delivery.step.skipped
            REGULAR | PUSHED       | REDEEM      | delivery.step.skipped
            REGULAR | DELIVERED    | DELIVER     | delivery.step.repeated
            REGULAR | DELIVERED    | ACKNOWLEDGE | OK
            REGULAR | DELIVERED    | APPLY       | delivery.step.skipped
            REGULAR | DELIVERED    | REDEEM      | delivery.step.skipped
            REGULAR | ACKNOWLEDGED | DELIVER     | delivery.step.backwards
            REGULAR | ACKNOWLEDGED | ACKNOWLEDGE | delivery.step.repeated
            REGULAR | ACKNOWLEDGED | APPLY       | OK
            REGULAR | ACKNOWLEDGED | REDEEM      | delivery.step.skipped
            REGULAR | APPLIED      | DELIVER     | delivery.step.backwards
            REGULAR | APPLIED      | ACKNOWLEDGE | delivery.step.backwards
            REGULAR | APPLIED      | APPLY       | delivery.step.repeated
            REGULAR | APPLIED      | REDEEM      | OK
            REGULAR | REDEEMED     | DELIVER     | delivery.step.finished
            REGULAR | REDEEMED     | ACKNOWLEDGE | delivery.step.finished
            REGULAR | REDEEMED     | APPLY       | delivery.step.finished
            REGULAR | REDEEMED     | REDEEM      | delivery.step.finished
            FREE    | PUSHED       | DELIVER     | OK
            FREE    | PUSHED       | ACKNOWLEDGE | delivery.step.skipped
            FREE    | PUSHED       | APPLY       | delivery.step.not-applicable
            FREE    | PUSHED       | REDEEM      | delivery.step.skipped
            FREE    | DELIVERED    | DELIVER     | delivery.step.repeated
            FREE    | DELIVERED    | ACKNOWLEDGE | OK
            FREE    | DELIVERED    | APPLY       | delivery.step.not-applicable
            FREE    | DELIVERED    | REDEEM      | delivery.step.skipped
            FREE    | ACKNOWLEDGED | DELIVER     | delivery.step.backwards
            FREE    | ACKNOWLEDGED | ACKNOWLEDGE | delivery.step.repeated
            FREE    | ACKNOWLEDGED | APPLY       | delivery.step.not-applicable
            FREE    | ACKNOWLEDGED | REDEEM      | OK
            FREE    | REDEEMED     | DELIVER     | delivery.step.finished
            FREE    | REDEEMED     | ACKNOWLEDGE | delivery.step.finished
            FREE    | REDEEMED     | APPLY       | delivery.step.finished
            FREE    | REDEEMED     | REDEEM      | delivery.step.finished
            """)
    void followsTheTable(Kind kind, DeliveryState from, Step step, String expected) {
      PolicyDelivery delivery = deliveryIn(kind, from);
      List<DeliveryStep> before = delivery.history();
      LocalDate later = before.get(before.size() - 1).on().plusDays(1);

      assertEquals(
          expected.equals("OK"),
          delivery.nextSteps().contains(step.target),
          "nextSteps agrees with the table");
      if (expected.equals("OK")) {
        step.perform(delivery, later);
        assertEquals(step.target, delivery.state());
        assertEquals(new DeliveryStep(step.target, later), delivery.history().get(before.size()));
      } else {
        IllegalDeliveryStepException e =
            assertThrows(IllegalDeliveryStepException.class, () -> step.perform(delivery, later));
        assertEquals(expected, e.messageKey());
        assertEquals(from, e.from());
        assertEquals(step.target, e.to());
        assertEquals(List.of(), e.arguments());
        assertEquals(before, delivery.history(), "a refused step changes nothing");
      }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTableCoversEveryReachableStateOfEachKind(Kind kind) {
      Set<DeliveryState> reachable = new HashSet<>(Set.of(PUSHED));
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, kind.applicationFree);
      while (!delivery.nextSteps().isEmpty()) {
        delivery.advanceTo(delivery.nextSteps().iterator().next(), MAY_6, TODAY);
        reachable.add(delivery.state());
      }

      Set<DeliveryState> inTable =
          kind == Kind.FREE
              ? Set.of(PUSHED, DELIVERED, ACKNOWLEDGED, REDEEMED)
              : Set.of(DeliveryState.values());
      assertEquals(inTable, reachable);
    }

    @Test
    void pushedCannotBeReachedAgain() {
      PolicyDelivery delivery = deliveryIn(Kind.REGULAR, DELIVERED);

      IllegalDeliveryStepException e =
          assertThrows(
              IllegalDeliveryStepException.class, () -> delivery.advanceTo(PUSHED, MAY_10, TODAY));
      assertEquals(IllegalDeliveryStepException.BACKWARDS, e.messageKey());
      assertEquals(
          "delivery.step.backwards DELIVERED->PUSHED []", e.getMessage(), "key, not UI text");
    }
  }

  @Nested
  class Dates {

    @Test
    void aStepMayHappenOnTheSameDayAsThePreviousOne() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);

      delivery.advanceTo(DELIVERED, MAY_6, TODAY);
      delivery.advanceTo(ACKNOWLEDGED, MAY_6, TODAY);

      assertEquals(ACKNOWLEDGED, delivery.state());
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousOne() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);
      delivery.advanceTo(DELIVERED, MAY_10, TODAY);

      IllegalDeliveryStepException e =
          assertThrows(
              IllegalDeliveryStepException.class,
              () -> delivery.advanceTo(ACKNOWLEDGED, MAY_8, TODAY));

      assertEquals(IllegalDeliveryStepException.BEFORE_PREVIOUS, e.messageKey());
      assertEquals(DELIVERED, e.from());
      assertEquals(ACKNOWLEDGED, e.to());
      assertEquals(List.of(MAY_8, MAY_10), e.arguments());
      assertEquals(DELIVERED, delivery.state());
    }

    @Test
    void deliveryCannotBeDatedBeforeThePush() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_8, BY_APPLICATION);

      IllegalDeliveryStepException e =
          assertThrows(
              IllegalDeliveryStepException.class,
              () -> delivery.advanceTo(DELIVERED, MAY_6, TODAY));

      assertEquals(List.of(MAY_6, MAY_8), e.arguments());
    }

    @Test
    void aStepMayBeDatedToday() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);

      delivery.advanceTo(DELIVERED, TODAY, TODAY);

      assertEquals(new DeliveryStep(DELIVERED, TODAY), delivery.history().get(1));
    }

    @Test
    void aStepCannotBeDatedInTheFuture() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, APPLICATION_FREE);
      LocalDate tomorrow = TODAY.plusDays(1);

      IllegalDeliveryStepException e =
          assertThrows(
              IllegalDeliveryStepException.class,
              () -> delivery.advanceTo(DELIVERED, tomorrow, TODAY));

      assertEquals(IllegalDeliveryStepException.IN_FUTURE, e.messageKey());
      assertEquals(List.of(tomorrow, TODAY), e.arguments());
      assertEquals(PUSHED, delivery.state());
      assertEquals(1, delivery.history().size());
    }

    @Test
    void theStepRuleIsJudgedBeforeTheDate() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_10, BY_APPLICATION);

      IllegalDeliveryStepException e =
          assertThrows(
              IllegalDeliveryStepException.class, () -> delivery.advanceTo(REDEEMED, MAY_6, TODAY));

      assertEquals(IllegalDeliveryStepException.SKIPPED, e.messageKey());
    }

    @Test
    void datesAreRequired() {
      PolicyDelivery delivery = PolicyDelivery.pushedOn(MAY_6, BY_APPLICATION);

      assertThrows(NullPointerException.class, () -> delivery.advanceTo(DELIVERED, null, TODAY));
      assertThrows(NullPointerException.class, () -> delivery.advanceTo(DELIVERED, MAY_8, null));
      assertThrows(NullPointerException.class, () -> PolicyDelivery.pushedOn(null, false));
    }
  }

  @Nested
  class Restore {

    @Test
    void aValidHistoryIsRebuilt() {
      List<DeliveryStep> stored =
          List.of(
              new DeliveryStep(PUSHED, MAY_6),
              new DeliveryStep(DELIVERED, MAY_8),
              new DeliveryStep(ACKNOWLEDGED, MAY_8));

      PolicyDelivery delivery = PolicyDelivery.restore(APPLICATION_FREE, stored);

      assertEquals(stored, delivery.history());
      assertEquals(Set.of(REDEEMED), delivery.nextSteps());
    }

    @Test
    void aHistoryBreakingTheRulesIsRefused() {
      List<DeliveryStep> appliedOnFreePolicy =
          List.of(
              new DeliveryStep(PUSHED, MAY_6),
              new DeliveryStep(DELIVERED, MAY_8),
              new DeliveryStep(ACKNOWLEDGED, MAY_8),
              new DeliveryStep(APPLIED, MAY_10));
      List<DeliveryStep> datesBackwards =
          List.of(new DeliveryStep(PUSHED, MAY_10), new DeliveryStep(DELIVERED, MAY_8));

      assertEquals(
          IllegalDeliveryStepException.NOT_APPLICABLE,
          assertThrows(
                  IllegalDeliveryStepException.class,
                  () -> PolicyDelivery.restore(APPLICATION_FREE, appliedOnFreePolicy))
              .messageKey());
      assertEquals(
          IllegalDeliveryStepException.BEFORE_PREVIOUS,
          assertThrows(
                  IllegalDeliveryStepException.class,
                  () -> PolicyDelivery.restore(BY_APPLICATION, datesBackwards))
              .messageKey());
    }

    @Test
    void aHistoryMustStartWithThePush() {
      assertThrows(
          IllegalArgumentException.class, () -> PolicyDelivery.restore(BY_APPLICATION, List.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              PolicyDelivery.restore(BY_APPLICATION, List.of(new DeliveryStep(DELIVERED, MAY_6))));
    }
  }
}
