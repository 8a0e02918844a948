package cn.gov.bizenv.casetracking.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {
  @Test
  void acceptsTheStandardsExamples() {
    assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
    assertTrue(ResidentIdNumber.isValid("11010519491231002x"));
    assertTrue(ResidentIdNumber.isValid("440524188001010014"));
    assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
  }

  @Test
  void refusesAWrongCheckCharacter() {
    assertFalse(ResidentIdNumber.isValid("110105194912310021"));
    assertFalse(ResidentIdNumber.isValid("440524188001010015"));
  }

  @Test
  void refusesATranspositionOfTwoDigits() {
    assertFalse(ResidentIdNumber.isValid("110105194912301020X".substring(0, 18)));
    assertFalse(ResidentIdNumber.isValid("440524188001010104"));
  }

  @Test
  void refusesImpossibleBirthDatesAndBadShapes() {
    String first17 = "41010520230230123";
    assertFalse(ResidentIdNumber.isValid(first17 + ResidentIdNumber.checkCharacter(first17)));
    assertFalse(ResidentIdNumber.isValid("4101051990010112"));
    assertFalse(ResidentIdNumber.isValid("41010519900101123A"));
    assertFalse(ResidentIdNumber.isValid(null));
    assertFalse(ResidentIdNumber.isValid("４10105199001011234"));
  }
}
