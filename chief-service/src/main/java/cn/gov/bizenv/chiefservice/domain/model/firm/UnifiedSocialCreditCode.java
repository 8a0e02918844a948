package cn.gov.bizenv.chiefservice.domain.model.firm;

import java.util.Optional;

/**
 * A firm's unified social credit code (统一社会信用代码) as defined by GB 32100-2015.
 *
 * <p>Eighteen characters from a 31-character alphabet: position 1 is the registering authority, 2
 * the organisation kind, 3–8 the administrative division, 9–17 the organisation code and 18 a check
 * character over the first 17. Only the alphabet, the length and the check character are enforced:
 * the authority and kind tables and the division codes change over time, and a code the registry
 * issued stays valid even when its division has since been merged away.
 *
 * @param value the code in canonical form: 18 half-width upper-case characters
 */
public record UnifiedSocialCreditCode(String value) {

  /** The number of characters in a code. */
  public static final int LENGTH = 18;

  /** The code's alphabet; a character's value is its index here. I, O, Z, S and V are left out. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int MODULUS = ALPHABET.length();

  /** Weight of positions 1–17: 3^(i-1) mod 31. */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private static final int FULL_WIDTH_OFFSET = 0xFF10 - '0';

  /** Requires the canonical form, so that equal codes are equal records. */
  public UnifiedSocialCreditCode {
    Optional<CreditCodeDefect> defect = checkCanonical(value);
    if (defect.isPresent()) {
      throw new InvalidCreditCodeException(defect.get());
    }
  }

  /**
   * Reads a code as a user entered it, normalising what cannot change its meaning.
   *
   * @throws InvalidCreditCodeException if the input is not a valid code after normalisation
   */
  public static UnifiedSocialCreditCode parse(String raw) {
    return new UnifiedSocialCreditCode(normalise(raw));
  }

  /** What is wrong with the input, if anything, after the same normalisation as {@link #parse}. */
  public static Optional<CreditCodeDefect> check(String raw) {
    return checkCanonical(normalise(raw));
  }

  /** Whether the input would parse. */
  public static boolean isValid(String raw) {
    return check(raw).isEmpty();
  }

  /**
   * Trims surrounding spaces (incl. the full-width space an IME leaves), turns full-width ASCII
   * letters and digits into half-width ones and upper-cases ASCII letters.
   *
   * <p>Look-alike letters are deliberately not mapped to digits (O→0, I→1): the user should see and
   * confirm the correction, so {@link CreditCodeDefect.IllegalCharacter#suggestion()} offers it
   * instead.
   */
  static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    trim(raw)
        .codePoints()
        .map(UnifiedSocialCreditCode::toHalfWidth)
        .map(UnifiedSocialCreditCode::toAsciiUpperCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The check character the first 17 characters call for. */
  static char checkCharacterFor(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
  }

  /** Position 1: the registering authority, e.g. 9 for market regulation (工商). */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** Position 2: the kind of organisation within the authority, e.g. 1 for a company. */
  public char organisationKind() {
    return value.charAt(1);
  }

  /** Positions 3–8: the administrative division code where the firm was registered. */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** Positions 9–17: the organisation code (the old 组织机构代码 without its check character). */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /** Position 18. */
  public char checkCharacter() {
    return value.charAt(17);
  }

  /** The code itself, so that it can be shown and logged as it is. */
  @Override
  public String toString() {
    return value;
  }

  private static Optional<CreditCodeDefect> checkCanonical(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.of(new CreditCodeDefect.Empty());
    }
    // Counted in code points so that a rare Chinese character counts as one, as the user sees it.
    int[] codePoints = code.codePoints().toArray();
    if (codePoints.length != LENGTH) {
      return Optional.of(new CreditCodeDefect.WrongLength(codePoints.length));
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(codePoints[i]) < 0) {
        return Optional.of(
            new CreditCodeDefect.IllegalCharacter(i + 1, Character.toString(codePoints[i])));
      }
    }
    char expected = checkCharacterFor(code);
    char actual = code.charAt(LENGTH - 1);
    if (expected != actual) {
      return Optional.of(new CreditCodeDefect.WrongCheckCharacter(expected, actual));
    }
    return Optional.empty();
  }

  private static String trim(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  // isSpaceChar covers U+3000 and the no-break spaces pasted from web pages; isWhitespace tabs.
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int toHalfWidth(int c) {
    boolean fullWidthDigit = c >= 0xFF10 && c <= 0xFF19;
    boolean fullWidthUpper = c >= 0xFF21 && c <= 0xFF3A;
    boolean fullWidthLower = c >= 0xFF41 && c <= 0xFF5A;
    return fullWidthDigit || fullWidthUpper || fullWidthLower ? c - FULL_WIDTH_OFFSET : c;
  }

  // ASCII only: String.toUpperCase would depend on the locale (Turkish i) and touch non-Latin text.
  private static int toAsciiUpperCase(int c) {
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
  }
}
