package cn.gov.bizenv.chiefservice.domain.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTargetTest {

  @Test
  void nullSetsMeanAny() {
    PolicyTarget target = new PolicyTarget(null, null, null, null, null);

    assertEquals(Set.of(), target.industries());
    assertEquals(Set.of(), target.sizes());
    assertEquals(Set.of(), target.districts());
    assertEquals(Set.of(), target.tags());
    assertEquals(PolicyTarget.ANY_FIRM, target);
  }

  @Test
  void onlyATrueFlagRequiresAKeyProject() {
    assertTrue(new PolicyTarget(null, null, null, null, true).requiresKeyProject());
    assertFalse(new PolicyTarget(null, null, null, null, false).requiresKeyProject());
    assertFalse(new PolicyTarget(null, null, null, null, null).requiresKeyProject());
  }

  @Test
  void setsAreCopiedAndUnmodifiable() {
    Set<String> industries = new HashSet<>(Set.of("C13"));
    PolicyTarget target = new PolicyTarget(industries, Set.of(FirmSize.SMALL), null, null, null);

    industries.add("I65");

    assertEquals(Set.of("C13"), target.industries());
    assertThrows(UnsupportedOperationException.class, () -> target.industries().add("F52"));
    assertThrows(UnsupportedOperationException.class, () -> target.sizes().add(FirmSize.LARGE));
  }

  @Test
  void blankCodesAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PolicyTarget(Set.of("C13", " "), null, null, null, null));
    assertEquals("policy.target.blank-code: industries", e.getMessage());

    List<String> withNull = new ArrayList<>(Arrays.asList("专精特新", null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PolicyTarget(null, null, null, new HashSet<>(withNull), null));
    assertThrows(
        IllegalArgumentException.class, () -> new PolicyTarget(null, null, Set.of(""), null, null));
  }

  @Test
  void matchResultRejectsTheSameCriterionTwice() {
    List<CriterionResult> twice =
        List.of(CriterionResult.any(Criterion.SIZE), CriterionResult.any(Criterion.SIZE));

    assertThrows(IllegalArgumentException.class, () -> new MatchResult(twice));
  }

  @Test
  void firmProfileTagsDefaultToNoneAndAreCopied() {
    Set<String> tags = new HashSet<>(Set.of("专精特新"));
    FirmProfile firm = new FirmProfile("I65", FirmSize.SMALL, "440305", tags, false);

    tags.clear();

    assertEquals(Set.of("专精特新"), firm.tags());
    assertEquals(Set.of(), new FirmProfile(null, null, null, null, false).tags());
  }
}
