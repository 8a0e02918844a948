package cn.gov.bizenv.casetracking.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryCodeTest {
  @Test
  void isTenCharactersFromTheReadableAlphabet() {
    for (int i = 0; i < 200; i++) {
      String code = QueryCode.generate();
      assertEquals(QueryCode.LENGTH, code.length());
      assertTrue(code.chars().allMatch(c -> QueryCode.ALPHABET.indexOf(c) >= 0), code);
    }
    assertFalse(QueryCode.ALPHABET.contains("0") || QueryCode.ALPHABET.contains("O"));
    assertFalse(QueryCode.ALPHABET.contains("1") || QueryCode.ALPHABET.contains("I"));
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(QueryCode.generate()));
    }
  }

  @Test
  void matchesOnlyItsOwnCodeIgnoringCaseAndSpaces() {
    String salt = QueryCode.newSalt();
    String hash = QueryCode.hash("ABCDE23456", salt);
    assertTrue(QueryCode.matches("ABCDE23456", salt, hash));
    assertTrue(QueryCode.matches(" abcde23456 ", salt, hash));
    assertFalse(QueryCode.matches("ABCDE23457", salt, hash));
    assertFalse(QueryCode.matches(null, salt, hash));
  }

  @Test
  void theSaltMakesEqualCodesHashDifferently() {
    assertNotEquals(
        QueryCode.hash("ABCDE23456", QueryCode.newSalt()),
        QueryCode.hash("ABCDE23456", QueryCode.newSalt()));
    assertEquals(64, QueryCode.hash("ABCDE23456", QueryCode.newSalt()).length());
  }
}
