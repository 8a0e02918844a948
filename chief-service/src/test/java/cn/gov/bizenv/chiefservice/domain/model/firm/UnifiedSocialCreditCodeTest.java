package cn.gov.bizenv.chiefservice.domain.model.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.chiefservice.domain.model.firm.CreditCodeDefect.IllegalCharacter;
import cn.gov.bizenv.chiefservice.domain.model.firm.CreditCodeDefect.Problem;
import cn.gov.bizenv.chiefservice.domain.model.firm.CreditCodeDefect.WrongCheckCharacter;
import cn.gov.bizenv.chiefservice.domain.model.firm.CreditCodeDefect.WrongLength;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /** Publicly cited valid codes. */
  private static final String FUZHOU = "91350100M000100Y43";

  private static final String BEIJING = "91110000600037341L";

  private static CreditCodeDefect defectOf(String raw) {
    InvalidCreditCodeException e =
        assertThrows(InvalidCreditCodeException.class, () -> UnifiedSocialCreditCode.parse(raw));
    assertEquals(Optional.of(e.defect()), UnifiedSocialCreditCode.check(raw), "check agrees");
    assertFalse(UnifiedSocialCreditCode.isValid(raw));
    return e.defect();
  }

  private static String replaceAt(String code, int position, String replacement) {
    return code.substring(0, position - 1) + replacement + code.substring(position);
  }

  @Nested
  class ValidCodes {

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU, BEIJING})
    void publishedExamplesParse(String raw) {
      assertEquals(raw, UnifiedSocialCreditCode.parse(raw).value());
      assertEquals(Optional.empty(), UnifiedSocialCreditCode.check(raw));
      assertTrue(UnifiedSocialCreditCode.isValid(raw));
    }

    @Test
    void partsAreReadByPosition() {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(FUZHOU);

      assertEquals('9', code.registrationAuthority());
      assertEquals('1', code.organisationKind());
      assertEquals("350100", code.divisionCode());
      assertEquals("M000100Y4", code.organisationCode());
      assertEquals('3', code.checkCharacter());
      assertEquals(FUZHOU, code.toString());
    }

    @Test
    void beijingDivision() {
      assertEquals("110000", UnifiedSocialCreditCode.parse(BEIJING).divisionCode());
    }

    @Test
    void constructorRequiresTheCanonicalForm() {
      assertEquals(FUZHOU, new UnifiedSocialCreditCode(FUZHOU).value());
      assertThrows(
          InvalidCreditCodeException.class,
          () -> new UnifiedSocialCreditCode(FUZHOU.toLowerCase()));
      assertThrows(
          InvalidCreditCodeException.class, () -> new UnifiedSocialCreditCode(" " + FUZHOU));
    }
  }

  @Nested
  class Normalisation {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "91350100m000100y43",
          "  91350100M000100Y43  ",
          "\t91350100M000100Y43\n",
          "\u300091350100M000100Y43\u3000",
          "\u00a091350100M000100Y43",
          // Full-width digits and letters, as a Chinese IME in full-width mode types them.
          "９１３５０１００Ｍ０００１００Ｙ４３",
          "９１３５０１００ｍ０００１００ｙ４３",
          "\u3000 ９1350100ｍ000100Y４3 \u3000"
        })
    void safeDifferencesAreNormalisedAway(String raw) {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(raw);

      assertEquals(FUZHOU, code.value());
      assertEquals(UnifiedSocialCreditCode.parse(FUZHOU), code, "equal as values");
    }

    @Test
    void lowerCaseCheckLetter() {
      assertEquals(BEIJING, UnifiedSocialCreditCode.parse("91110000600037341l").value());
    }

    @Test
    void lookAlikeLettersAreNotSilentlyMapped() {
      // O for 0 in position 5: must be explained, never quietly accepted.
      String withLetterO = replaceAt(FUZHOU, 5, "O");

      IllegalCharacter defect = assertInstanceOf(IllegalCharacter.class, defectOf(withLetterO));
      assertEquals(5, defect.position());
      assertEquals(Optional.of('0'), defect.suggestion());
    }

    @Test
    void interiorSpacesAreNotRemoved() {
      assertEquals(new WrongLength(19), defectOf("91350100 M000100Y43"));
    }
  }

  @Nested
  class IllegalCharacters {

    static Stream<Arguments> wrongCharactersAtPositions() {
      List<String> wrong = List.of("I", "O", "Z", "S", "V", "-", ".", "*", "，", "中", "é");
      int[] positions = {1, 2, 5, 8, 9, 13, 17, 18};
      List<Arguments> cases = new ArrayList<>();
      for (String code : List.of(FUZHOU, BEIJING)) {
        for (String character : wrong) {
          for (int position : positions) {
            cases.add(Arguments.of(replaceAt(code, position, character), position, character));
          }
        }
      }
      return cases.stream();
    }

    @ParameterizedTest(name = "{2} at position {1}: {0}")
    @MethodSource("wrongCharactersAtPositions")
    void areReportedWithTheirPosition(String raw, int position, String character) {
      CreditCodeDefect defect = defectOf(raw);

      assertEquals(Problem.ILLEGAL_CHARACTER, defect.problem());
      assertEquals(new IllegalCharacter(position, character), defect);
    }

    @Test
    void lowerCaseLookAlikesAreReportedUpperCased() {
      assertEquals(new IllegalCharacter(3, "O"), defectOf(replaceAt(FUZHOU, 3, "o")));
      assertEquals(new IllegalCharacter(4, "I"), defectOf(replaceAt(FUZHOU, 4, "ｉ")));
    }

    @Test
    void onlyOAndIGetASuggestion() {
      assertEquals(Optional.of('0'), new IllegalCharacter(1, "O").suggestion());
      assertEquals(Optional.of('1'), new IllegalCharacter(1, "I").suggestion());
      for (String noHint : List.of("Z", "S", "V", "-", "中")) {
        assertEquals(Optional.empty(), new IllegalCharacter(1, noHint).suggestion(), noHint);
      }
    }

    @Test
    void messageKeyAndArgumentsCarryTheSuggestion() {
      IllegalCharacter letterO = new IllegalCharacter(7, "O");
      IllegalCharacter letterZ = new IllegalCharacter(7, "Z");

      assertEquals("creditcode.character.suggest", letterO.messageKey());
      assertEquals(List.of(7, "O", '0'), letterO.arguments());
      assertEquals("creditcode.character", letterZ.messageKey());
      assertEquals(List.of(7, "Z"), letterZ.arguments());
    }

    @Test
    void theFirstIllegalCharacterIsReported() {
      String twoWrong = replaceAt(replaceAt(FUZHOU, 12, "S"), 6, "I");

      assertEquals(new IllegalCharacter(6, "I"), defectOf(twoWrong));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
      // U+20BB7 is one character to the user but two Java chars.
      String rare = new String(Character.toChars(0x20BB7));
      String raw = replaceAt(FUZHOU, 10, rare);

      assertEquals(19, raw.length());
      assertEquals(new IllegalCharacter(10, rare), defectOf(raw));
    }

    @Test
    void exceptionExposesKeyAndArgumentsNotUiText() {
      InvalidCreditCodeException e =
          assertThrows(
              InvalidCreditCodeException.class,
              () -> UnifiedSocialCreditCode.parse(replaceAt(FUZHOU, 2, "O")));

      assertEquals(Problem.ILLEGAL_CHARACTER, e.problem());
      assertEquals("creditcode.character.suggest", e.messageKey());
      assertEquals(List.of(2, "O", '0'), e.arguments());
      assertEquals("creditcode.character.suggest [2, O, 0]", e.getMessage());
    }
  }

  @Nested
  class CheckCharacter {

    static Stream<Arguments> everyWrongLastCharacter() {
      List<Arguments> cases = new ArrayList<>();
      for (String body :
          List.of(FUZHOU.substring(0, 17), BEIJING.substring(0, 17), "91440300MA5G12345")) {
        String valid = body + expectedCheck(body);
        char right = valid.charAt(17);
        for (char wrong : TestAlphabet.CHARACTERS.toCharArray()) {
          if (wrong != right) {
            cases.add(Arguments.of(replaceAt(valid, 18, String.valueOf(wrong)), right, wrong));
          }
        }
      }
      return cases.stream();
    }

    @ParameterizedTest(name = "{0}: expected {1}, got {2}")
    @MethodSource("everyWrongLastCharacter")
    void wrongLastCharacterIsReported(String raw, char expected, char actual) {
      CreditCodeDefect defect = defectOf(raw);

      assertEquals(new WrongCheckCharacter(expected, actual), defect);
      assertEquals("creditcode.check", defect.messageKey());
      assertEquals(List.of(expected, actual), defect.arguments());
    }

    @Test
    void aTypoInTheBodyIsCaughtByTheCheckCharacter() {
      // 0→8 at position 12 of the Beijing code; the check character stays L.
      String typo = replaceAt(BEIJING, 12, "8");

      CreditCodeDefect defect = defectOf(typo);

      assertEquals(Problem.WRONG_CHECK_CHARACTER, defect.problem());
      assertEquals('L', ((WrongCheckCharacter) defect).actual());
    }

    @Test
    void swappedNeighboursAreCaught() {
      // 6 and 0 at positions 9 and 10 swapped.
      String swapped = "91110000060037341L";

      assertEquals(Problem.WRONG_CHECK_CHARACTER, defectOf(swapped).problem());
    }
  }

  @Nested
  class LengthAndEmptiness {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000\u3000", "\t\n"})
    void nothingEnteredIsEmpty(String raw) {
      CreditCodeDefect defect = defectOf(raw);

      assertEquals(Problem.EMPTY, defect.problem());
      assertEquals("creditcode.empty", defect.messageKey());
      assertEquals(List.of(), defect.arguments());
    }

    @Test
    void seventeenCharacters() {
      CreditCodeDefect defect = defectOf(FUZHOU.substring(0, 17));

      assertEquals(new WrongLength(17), defect);
      assertEquals("creditcode.length", defect.messageKey());
      assertEquals(List.of(17, 18), defect.arguments());
    }

    @Test
    void nineteenCharacters() {
      assertEquals(new WrongLength(19), defectOf(FUZHOU + "3"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 15, 20, 36})
    void otherLengths(int length) {
      String raw = (FUZHOU + BEIJING).substring(0, length);

      assertEquals(new WrongLength(length), defectOf(raw));
    }

    @Test
    void lengthIsJudgedBeforeCharacters() {
      assertEquals(new WrongLength(17), defectOf("9135O100M000100Y4"));
    }

    @Test
    void lengthIsCountedAfterTrimmingAndWidthConversion() {
      assertEquals(new WrongLength(17), defectOf("\u3000９１３５０１００Ｍ０００１００Ｙ４ "));
    }
  }

  @Nested
  class RandomCodes {

    static Stream<String> fiftyRandomValidCodes() {
      // Fixed seed: a failure must be reproducible.
      Random random = new Random(32100_2015L);
      return Stream.generate(
              () -> {
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < 17; i++) {
                  body.append(TestAlphabet.CHARACTERS.charAt(random.nextInt(31)));
                }
                return body.toString() + expectedCheck(body.toString());
              })
          .limit(50);
    }

    @ParameterizedTest
    @MethodSource("fiftyRandomValidCodes")
    void parse(String raw) {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(raw);

      assertEquals(raw, code.value());
      assertEquals(raw, UnifiedSocialCreditCode.parse(raw.toLowerCase()).value());
    }
  }

  /** The alphabet, written independently of the production constant. */
  private static final class TestAlphabet {
    static final String CHARACTERS = buildAlphabet();

    private static String buildAlphabet() {
      StringBuilder alphabet = new StringBuilder("0123456789");
      for (char c = 'A'; c <= 'Z'; c++) {
        if ("IOZSV".indexOf(c) < 0) {
          alphabet.append(c);
        }
      }
      return alphabet.toString();
    }
  }

  /**
   * An independent check-character implementation: weights from BigInteger powers, and the check
   * value found by search as the one that makes the weighted sum (check weight 1) divisible by 31.
   */
  private static char expectedCheck(String first17) {
    BigInteger three = BigInteger.valueOf(3);
    BigInteger modulus = BigInteger.valueOf(31);
    long sum = 0;
    for (int i = 0; i < 17; i++) {
      long weight = three.modPow(BigInteger.valueOf(i), modulus).longValue();
      sum += TestAlphabet.CHARACTERS.indexOf(first17.charAt(i)) * weight;
    }
    for (int check = 0; check < 31; check++) {
      if ((sum + check) % 31 == 0) {
        return TestAlphabet.CHARACTERS.charAt(check);
      }
    }
    throw new AssertionError("no check value for " + first17);
  }

  @Test
  void independentImplementationAgreesWithPublishedExamples() {
    assertEquals('3', expectedCheck(FUZHOU.substring(0, 17)));
    assertEquals('L', expectedCheck(BEIJING.substring(0, 17)));
  }
}
