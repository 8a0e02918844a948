package cn.gov.bizenv.casetracking.domain.model.mailbox;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number of GB 11643-1999: six digits of the address code, the
 * birth date as yyyyMMdd, three digits of sequence and a check character (0–9 or X) computed with
 * ISO 7064 MOD 11-2, which catches every single-digit error and most transpositions.
 */
public final class ResidentIdNumber {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ResidentIdNumber() {}

  /** Whether the number is well formed, has a real birth date and the right check character. */
  public static boolean isValid(String number) {
    if (number == null || number.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
        return false;
      }
    }
    if (!validBirthDate(number.substring(6, 14))) {
      return false;
    }
    return Character.toUpperCase(number.charAt(17)) == checkCharacter(number.substring(0, 17));
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static boolean validBirthDate(String yyyymmdd) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(yyyymmdd.substring(0, 4)),
              Integer.parseInt(yyyymmdd.substring(4, 6)),
              Integer.parseInt(yyyymmdd.substring(6, 8)));
      return date.getYear() >= 1800 && !date.isAfter(LocalDate.of(2100, 1, 1));
    } catch (DateTimeException impossible) {
      return false;
    }
  }
}
