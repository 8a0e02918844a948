package cn.gov.bizenv.casetracking.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
  @Test
  void chineseTextGivesEachAdjacentPairOnce() {
    assertEquals("小区 区物 物业 业小", SearchTerms.of("小区物业小区"));
  }

  @Test
  void punctuationAndSpacesBreakPairs() {
    assertEquals("小区 物业 管理", SearchTerms.of("小区，物业 管理。"));
  }

  @Test
  void asciiLettersAndDigitsArePairedInLowerCaseAndAcrossScripts() {
    assertEquals("a3 3区 区路 路灯 wi if fi", SearchTerms.of("A3区路灯 WiFi"));
  }

  @Test
  void textsAreNotJoinedIntoOnePair() {
    assertEquals("标题 内容", SearchTerms.of("标题", "内容"));
  }

  @Test
  void supplementaryCharactersArePairedAsWholeCodePoints() {
    assertEquals("𠀀字", SearchTerms.of("𠀀字"));
  }

  @Test
  void aQueryOfTwoLettersOrDigitsIsOneTermThatTheIndexAnswersAlone() {
    for (String query : List.of("噪音", " 噪音 ", "A3", "𠀀字")) {
      assertTrue(SearchTerms.isSingleTerm(query), query);
      assertEquals(
          List.of(query.strip().toLowerCase(java.util.Locale.ROOT)), SearchTerms.ofQuery(query));
    }
    for (String query : Arrays.asList("噪", "物业管理", "小 区", "噪，", "", null)) {
      assertFalse(SearchTerms.isSingleTerm(query), String.valueOf(query));
    }
  }

  @Test
  void oneCharacterQueryHasNoTerm() {
    assertEquals(List.of(), SearchTerms.ofQuery(" 区 "));
    assertNull(SearchTerms.tsquery("区"));
    assertNull(SearchTerms.tsquery("小 区"));
    assertNull(SearchTerms.tsquery("  "));
  }

  @Test
  void twoCharacterQueryIsOneTerm() {
    assertEquals("小区", SearchTerms.tsquery(" 小区 "));
  }

  @Test
  void fourCharacterQueryRequiresEveryPair() {
    assertEquals("物业 & 业管 & 管理", SearchTerms.tsquery("物业管理"));
  }

  @Test
  void mixedQueryIsLowerCase() {
    assertEquals("a3 & 3区", SearchTerms.tsquery("A3区"));
  }

  @Test
  void everyTermOfASubstringIsATermOfTheText() {
    String text = "反映A7县春华镇金鼎村水泥路、自来水到户的问题，编号2019WX0012。";
    Set<String> terms = Set.of(SearchTerms.of(text).split(" "));
    for (int from = 0; from < text.length(); from++) {
      for (int to = from + 1; to <= text.length(); to++) {
        String query = text.substring(from, to);
        assertTrue(terms.containsAll(SearchTerms.ofQuery(query)), query);
      }
    }
  }
}
