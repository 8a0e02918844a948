package cn.gov.bizenv.chiefservice.domain.model.policy;

import static cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize.LARGE;
import static cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize.MEDIUM;
import static cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize.MICRO;
import static cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyMatcherTest {

  private static final String MANUFACTURING = "C13";
  private static final String SOFTWARE = "I65";
  private static final String RETAIL = "F52";
  private static final String FUTIAN = "440304";
  private static final String NANSHAN = "440305";
  private static final String SPECIALISED = "专精特新";
  private static final String HIGH_TECH = "高新技术企业";

  private final PolicyMatcher matcher = new PolicyMatcher();

  /** A small software firm in Nanshan, tagged high-tech, not a key project. */
  private static final FirmProfile FIRM =
      new FirmProfile(SOFTWARE, SMALL, NANSHAN, Set.of(HIGH_TECH), false);

  private static PolicyTarget industries(String... codes) {
    return new PolicyTarget(Set.of(codes), null, null, null, null);
  }

  private static PolicyTarget sizes(FirmSize... sizes) {
    return new PolicyTarget(null, Set.of(sizes), null, null, null);
  }

  private static PolicyTarget districts(String... codes) {
    return new PolicyTarget(null, null, Set.of(codes), null, null);
  }

  private static PolicyTarget tags(String... tags) {
    return new PolicyTarget(null, null, null, Set.of(tags), null);
  }

  private static PolicyTarget keyProjectsOnly(Boolean flag) {
    return new PolicyTarget(null, null, null, null, flag);
  }

  private CriterionResult judge(PolicyTarget target, FirmProfile firm, Criterion criterion) {
    return matcher.match(target, firm).resultFor(criterion).orElseThrow();
  }

  @Nested
  class AnyFirm {

    @Test
    void anEmptyTargetMatchesEveryFirmAndSaysAnyForEachCriterion() {
      MatchResult result = matcher.match(PolicyTarget.ANY_FIRM, FIRM);

      assertTrue(result.matches());
      assertEquals(
          Arrays.stream(Criterion.values()).map(CriterionResult::any).toList(), result.criteria());
      assertEquals(List.of(), result.misses());
    }

    @Test
    void anEmptyTargetMatchesAFirmWithNothingRecorded() {
      FirmProfile unknown = new FirmProfile(null, null, null, null, false);

      assertTrue(matcher.match(PolicyTarget.ANY_FIRM, unknown).matches());
    }

    @Test
    void everyCriterionIsReportedInOrderEvenWhenSomeMiss() {
      PolicyTarget target = new PolicyTarget(Set.of(RETAIL), null, Set.of(FUTIAN), null, true);

      List<Criterion> reported =
          matcher.match(target, FIRM).criteria().stream().map(CriterionResult::criterion).toList();

      assertEquals(List.of(Criterion.values()), reported);
    }
  }

  @Nested
  class Industry {

    @Test
    void hitWhenTheFirmsIndustryIsListed() {
      CriterionResult result = judge(industries(MANUFACTURING, SOFTWARE), FIRM, Criterion.INDUSTRY);

      assertTrue(result.hit());
      assertEquals("I65 in [C13, I65]", result.detail());
    }

    @Test
    void missWhenItIsNot() {
      MatchResult result = matcher.match(industries(MANUFACTURING, RETAIL), FIRM);

      assertFalse(result.matches());
      assertEquals(
          List.of(new CriterionResult(Criterion.INDUSTRY, false, "I65 not in [C13, F52]")),
          result.misses());
    }

    @Test
    void codesAreComparedExactlyNotByPrefix() {
      // Listing a section does not pull in its classes: the target must name what it means.
      assertFalse(matcher.match(industries("I"), FIRM).matches());
    }

    @Test
    void anUnrecordedIndustryMissesARestriction() {
      FirmProfile unknown = new FirmProfile(null, SMALL, NANSHAN, Set.of(), false);

      CriterionResult result = judge(industries(SOFTWARE), unknown, Criterion.INDUSTRY);

      assertFalse(result.hit());
      assertEquals("unknown, wanted one of [I65]", result.detail());
    }
  }

  @Nested
  class Size {

    @ParameterizedTest
    @EnumSource(FirmSize.class)
    void onlyTheListedSizesHit(FirmSize size) {
      FirmProfile firm = new FirmProfile(SOFTWARE, size, NANSHAN, Set.of(), false);

      boolean hit = judge(sizes(SMALL, MICRO), firm, Criterion.SIZE).hit();

      assertEquals(size == SMALL || size == MICRO, hit);
    }

    @Test
    void detailListsSizesInTheirNaturalOrder() {
      FirmProfile large = new FirmProfile(SOFTWARE, LARGE, NANSHAN, Set.of(), false);

      assertEquals(
          "LARGE not in [MEDIUM, SMALL, MICRO]",
          judge(sizes(MICRO, SMALL, MEDIUM), large, Criterion.SIZE).detail());
    }

    @Test
    void anUnrecordedSizeMissesARestrictionButNotAny() {
      FirmProfile unknown = new FirmProfile(SOFTWARE, null, NANSHAN, Set.of(), false);

      assertFalse(matcher.match(sizes(SMALL), unknown).matches());
      assertTrue(matcher.match(districts(NANSHAN), unknown).matches());
    }
  }

  @Nested
  class District {

    @Test
    void hitAndMiss() {
      assertEquals(
          new CriterionResult(Criterion.DISTRICT, true, "440305 in [440304, 440305]"),
          judge(districts(FUTIAN, NANSHAN), FIRM, Criterion.DISTRICT));
      assertEquals(
          new CriterionResult(Criterion.DISTRICT, false, "440305 not in [440304]"),
          judge(districts(FUTIAN), FIRM, Criterion.DISTRICT));
    }
  }

  @Nested
  class Tags {

    @Test
    void oneSharedTagIsEnough() {
      FirmProfile firm = new FirmProfile(SOFTWARE, SMALL, NANSHAN, Set.of(HIGH_TECH), false);

      CriterionResult result = judge(tags(SPECIALISED, HIGH_TECH), firm, Criterion.TAGS);

      assertTrue(result.hit());
      assertEquals("has [高新技术企业]", result.detail());
    }

    @Test
    void allSharedTagsAreNamed() {
      FirmProfile firm =
          new FirmProfile(SOFTWARE, SMALL, NANSHAN, Set.of(HIGH_TECH, SPECIALISED, "外资"), false);

      assertEquals(
          "has [专精特新, 高新技术企业]", judge(tags(SPECIALISED, HIGH_TECH), firm, Criterion.TAGS).detail());
    }

    @Test
    void noSharedTagMisses() {
      FirmProfile firm = new FirmProfile(SOFTWARE, SMALL, NANSHAN, Set.of("外资"), false);

      CriterionResult result = judge(tags(SPECIALISED, HIGH_TECH), firm, Criterion.TAGS);

      assertFalse(result.hit());
      assertEquals("none of [专精特新, 高新技术企业] in [外资]", result.detail());
    }

    @Test
    void aFirmWithoutTagsMissesATagRestriction() {
      FirmProfile untagged = new FirmProfile(SOFTWARE, SMALL, NANSHAN, null, false);

      CriterionResult result = judge(tags(SPECIALISED), untagged, Criterion.TAGS);

      assertFalse(result.hit());
      assertEquals("none of [专精特新] in []", result.detail());
    }

    @Test
    void aFirmWithoutTagsMatchesWhenTagsAreOpen() {
      FirmProfile untagged = new FirmProfile(SOFTWARE, SMALL, NANSHAN, null, false);

      assertEquals(
          CriterionResult.any(Criterion.TAGS),
          judge(industries(SOFTWARE), untagged, Criterion.TAGS));
    }
  }

  @Nested
  class KeyProject {

    @ParameterizedTest(name = "keyProjectsOnly={0}, firm key={1} -> {2} ({3})")
    @CsvSource(
        nullValues = "null",
        value = {
          "true,  true,  true,  key project",
          "true,  false, false, not a key project",
          "false, true,  true,  any",
          "false, false, true,  any",
          "null,  true,  true,  any",
          "null,  false, true,  any"
        })
    void onlyATrueFlagRestricts(
        Boolean keyProjectsOnly, boolean firmIsKey, boolean hit, String why) {
      FirmProfile firm = new FirmProfile(SOFTWARE, SMALL, NANSHAN, Set.of(), firmIsKey);

      assertEquals(
          new CriterionResult(Criterion.KEY_PROJECT, hit, why),
          judge(keyProjectsOnly(keyProjectsOnly), firm, Criterion.KEY_PROJECT));
      assertEquals(hit, matcher.match(keyProjectsOnly(keyProjectsOnly), firm).matches());
    }
  }

  @Nested
  class Combinations {

    private final PolicyTarget smallTechInNanshan =
        new PolicyTarget(
            Set.of(SOFTWARE, MANUFACTURING),
            Set.of(SMALL, MICRO),
            Set.of(NANSHAN),
            Set.of(HIGH_TECH, SPECIALISED),
            false);

    @Test
    void aFirmMeetingEveryCriterionMatches() {
      MatchResult result = matcher.match(smallTechInNanshan, FIRM);

      assertTrue(result.matches());
      assertEquals(
          List.of(
              new CriterionResult(Criterion.INDUSTRY, true, "I65 in [C13, I65]"),
              new CriterionResult(Criterion.SIZE, true, "SMALL in [SMALL, MICRO]"),
              new CriterionResult(Criterion.DISTRICT, true, "440305 in [440305]"),
              new CriterionResult(Criterion.TAGS, true, "has [高新技术企业]"),
              CriterionResult.any(Criterion.KEY_PROJECT)),
          result.criteria());
    }

    @Test
    void failingOneCriterionIsEnoughToMissAndOnlyThatOneIsAMiss() {
      FirmProfile inFutian = new FirmProfile(SOFTWARE, SMALL, FUTIAN, Set.of(HIGH_TECH), false);

      MatchResult result = matcher.match(smallTechInNanshan, inFutian);

      assertFalse(result.matches());
      assertEquals(
          List.of(Criterion.DISTRICT),
          result.misses().stream().map(CriterionResult::criterion).toList());
    }

    @Test
    void everyFailedCriterionIsExplained() {
      FirmProfile largeRetailer = new FirmProfile(RETAIL, LARGE, FUTIAN, Set.of(), true);
      PolicyTarget keyOnly =
          new PolicyTarget(
              smallTechInNanshan.industries(),
              smallTechInNanshan.sizes(),
              smallTechInNanshan.districts(),
              smallTechInNanshan.tags(),
              true);

      MatchResult result = matcher.match(keyOnly, largeRetailer);

      assertEquals(
          List.of(
              new CriterionResult(Criterion.INDUSTRY, false, "F52 not in [C13, I65]"),
              new CriterionResult(Criterion.SIZE, false, "LARGE not in [SMALL, MICRO]"),
              new CriterionResult(Criterion.DISTRICT, false, "440304 not in [440305]"),
              new CriterionResult(Criterion.TAGS, false, "none of [专精特新, 高新技术企业] in []")),
          result.misses());
      assertEquals(
          new CriterionResult(Criterion.KEY_PROJECT, true, "key project"),
          result.resultFor(Criterion.KEY_PROJECT).orElseThrow());
    }

    @Test
    void openCriteriaStayAnyBesideRestrictedOnes() {
      PolicyTarget smallInNanshan =
          new PolicyTarget(null, Set.of(SMALL), Set.of(NANSHAN), null, null);

      MatchResult result = matcher.match(smallInNanshan, FIRM);

      assertTrue(result.matches());
      assertEquals(
          CriterionResult.ANY, result.resultFor(Criterion.INDUSTRY).orElseThrow().detail());
      assertEquals(CriterionResult.ANY, result.resultFor(Criterion.TAGS).orElseThrow().detail());
      assertEquals("SMALL in [SMALL]", result.resultFor(Criterion.SIZE).orElseThrow().detail());
    }
  }
}
