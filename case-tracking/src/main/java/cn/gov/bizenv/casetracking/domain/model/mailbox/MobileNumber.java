package cn.gov.bizenv.casetracking.domain.model.mailbox;

import java.util.regex.Pattern;

/** A mainland Chinese mobile number: eleven digits, 1 then 3–9, as the operators allocate them. */
public final class MobileNumber {
  public static final String PATTERN = "1[3-9]\\d{9}";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  private MobileNumber() {}

  public static boolean isValid(String number) {
    return number != null && VALID.matcher(number).matches();
  }
}
