package cn.gov.bizenv.casetracking.domain.model.mailbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data from everyone but the office: mobile numbers keep their first three and last
 * four digits ({@code 138****5678}), identity numbers their first four and last four ({@code
 * 4101**********1234}), names their family name ({@code 张**}). Free text is masked by pattern, so
 * that numbers a writer typed into a letter are hidden too.
 */
public final class PersonalDataMask {
  // Digits around a number would make it a different number, so the patterns stop at them.
  private static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9])\\d{17}[0-9Xx](?![0-9Xx])");
  private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");
  // Landlines such as 0391-1234567 or 03911234567 are personal too.
  private static final Pattern LANDLINE_IN_TEXT =
      Pattern.compile("(?<![0-9])0\\d{2,3}-?\\d{7,8}(?![0-9])");

  private PersonalDataMask() {}

  public static String mobile(String number) {
    if (number == null || number.isEmpty()) {
      return number;
    }
    if (number.length() < 7) {
      return "*".repeat(number.length());
    }
    return number.substring(0, 3)
        + "*".repeat(number.length() - 7)
        + number.substring(number.length() - 4);
  }

  public static String idNumber(String number) {
    if (number == null || number.isEmpty()) {
      return number;
    }
    if (number.length() < 8) {
      return "*".repeat(number.length());
    }
    return number.substring(0, 4)
        + "*".repeat(number.length() - 8)
        + number.substring(number.length() - 4);
  }

  /** Keeps the family name (the first character) of a Chinese name. */
  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first)
        + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  /**
   * Masks identity numbers, mobile and landline numbers inside free text, and the given names
   * wherever they occur (the writer's own name, typed into the letter).
   */
  public static String text(String text, String... names) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = replace(ID_IN_TEXT, text, PersonalDataMask::idNumber);
    masked = replace(MOBILE_IN_TEXT, masked, PersonalDataMask::mobile);
    masked = replace(LANDLINE_IN_TEXT, masked, PersonalDataMask::mobile);
    for (String name : names) {
      if (name != null && name.strip().length() >= 2) {
        masked = masked.replace(name.strip(), name(name.strip()));
      }
    }
    return masked;
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
