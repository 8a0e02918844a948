package cn.gov.bizenv.casetracking.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MobileNumberTest {
  @Test
  void acceptsElevenDigitsStartingWithOneAndThreeToNine() {
    assertTrue(MobileNumber.isValid("13812345678"));
    assertTrue(MobileNumber.isValid("19912345678"));
  }

  @Test
  void refusesOtherShapes() {
    assertFalse(MobileNumber.isValid("12812345678"));
    assertFalse(MobileNumber.isValid("1381234567"));
    assertFalse(MobileNumber.isValid("138123456789"));
    assertFalse(MobileNumber.isValid("+8613812345678"));
    assertFalse(MobileNumber.isValid("138 1234 5678"));
    assertFalse(MobileNumber.isValid(null));
  }
}
