package cn.gov.bizenv.casetracking.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingNumberTest {
  @Test
  void isYearChannelCodeAndEightDigits() {
    assertEquals("2026XX00012345", TrackingNumber.of(2026, Channel.MAYOR_MAILBOX, 12_345));
    assertEquals(
        "2025JB00000050", TrackingNumber.of(2025, Channel.ASSIGNED_BY_HIGHER_AUTHORITY, 50));
  }

  @Test
  void everyChannelHasItsOwnTwoLetterCode() {
    Set<String> codes = new HashSet<>();
    Arrays.stream(Channel.values()).forEach(channel -> codes.add(channel.code()));
    assertEquals(Channel.values().length, codes.size());
    codes.forEach(code -> assertEquals(2, code.length()));
  }

  @Test
  void refusesSequencesThatDoNotFit() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TrackingNumber.of(2026, Channel.PROBLEM_LEAD, 100_000_000L));
    assertThrows(
        IllegalArgumentException.class, () -> TrackingNumber.of(2026, Channel.PROBLEM_LEAD, -1));
  }
}
