package cn.gov.bizenv.chiefservice.domain.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A policy's dates and its target as the matcher reads it. */
class PolicyTest {
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void datesMustBeInOrder() {
    assertEquals(Optional.empty(), Policy.datesProblem(JAN_1, null, null));
    assertEquals(
        Optional.empty(), Policy.datesProblem(JAN_1, JAN_1.plusDays(10), JAN_1.plusDays(10)));
    assertEquals("effectiveOn", field(Policy.datesProblem(null, null, null)));
    assertEquals("expiresOn", field(Policy.datesProblem(JAN_1, JAN_1.minusDays(1), null)));
    assertEquals(
        "applicationDeadline", field(Policy.datesProblem(JAN_1, null, JAN_1.minusDays(1))));
    assertEquals(
        "applicationDeadline",
        field(Policy.datesProblem(JAN_1, JAN_1.plusDays(5), JAN_1.plusDays(6))));
  }

  @Test
  void theTargetNamesDistrictsByUnitIdAndTheMatcherUsesIt() {
    Policy policy = new Policy("技术改造奖补", "市工信局", JAN_1, false, LocalDateTime.of(2026, 1, 1, 8, 0));
    policy.retarget(
        List.of(" C "), List.of(FirmSize.LARGE), List.of(101L, 102L), List.of("专精特新", " "), false);
    PolicyTarget target = policy.target();
    assertEquals(Set.of("C"), target.industries());
    assertEquals(Set.of("101", "102"), target.districts());
    assertEquals(Set.of("专精特新"), target.tags());

    PolicyMatcher matcher = new PolicyMatcher();
    assertTrue(
        matcher
            .match(target, new FirmProfile("C", FirmSize.LARGE, "102", Set.of("专精特新"), false))
            .matches());
    assertFalse(
        matcher
            .match(target, new FirmProfile("C", FirmSize.LARGE, "103", Set.of("专精特新"), false))
            .matches());
  }

  @Test
  void aPolicyIsInForceFromItsFirstToItsLastDay() {
    Policy policy = new Policy("政策", "发文单位", JAN_1, true, LocalDateTime.of(2026, 1, 1, 8, 0));
    policy.schedule(JAN_1, JAN_1.plusDays(30), null);
    assertFalse(policy.inForceOn(JAN_1.minusDays(1)));
    assertTrue(policy.inForceOn(JAN_1));
    assertTrue(policy.inForceOn(JAN_1.plusDays(30)));
    assertFalse(policy.inForceOn(JAN_1.plusDays(31)));
    assertThrows(
        IllegalArgumentException.class, () -> policy.schedule(JAN_1, JAN_1.minusDays(1), null));
  }

  private static String field(Optional<FieldViolation> problem) {
    return problem.orElseThrow().field();
  }
}
