package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.model.mailbox.MobileNumber;
import cn.gov.bizenv.casetracking.domain.model.mailbox.ResidentIdNumber;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for the details a case is recorded with beyond title and content, shared by the forms,
 * the API and the batch import: a deputy's suggestion (人大代表建议) or a CPPCC member's proposal
 * (政协委员提案) names its deputy or member, its number and the session it was filed at (e.g. 十七届三次会议),
 * and no other channel carries them; the writer's phone, when given, is a mobile or a landline
 * number, and the identity number, when given, passes its check character.
 */
public final class IntakeDetails {
  public static final int PROPOSER_MAX = 50;
  public static final int NUMBER_MAX = 30;
  public static final int SESSION_MAX = 30;
  public static final int WRITER_NAME_MAX = 50;
  public static final int PHONE_MAX = 20;

  // Sessions are written with Chinese numerals: 十七届三次会议, 第十四届第二次会议 (the 第 is optional).
  private static final String NUMERAL =
      "[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}";
  private static final Pattern SESSION =
      Pattern.compile("\u7b2c?" + NUMERAL + "\u5c4a\u7b2c?" + NUMERAL + "\u6b21\u4f1a\u8bae");
  // Numbers as the congress office prints them: 0123, 2026-045, 第123号.
  private static final Pattern NUMBER =
      Pattern.compile("\u7b2c?[0-9A-Za-z][0-9A-Za-z-]{0,24}\u53f7?");
  // Landlines such as 0393-1234567 or 03931234567 (the pattern the mailbox masks).
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

  private IntakeDetails() {}

  /** Whether cases of the channel carry a deputy's or member's proposal reference. */
  public static boolean takesProposal(Channel channel) {
    return channel == Channel.DEPUTY_SUGGESTION || channel == Channel.CPPCC_PROPOSAL;
  }

  /**
   * Every problem of the proposal reference for a case of {@code channel}, each naming its field
   * ({@code proposerName}, {@code proposalNumber}, {@code proposalSession}); empty when valid.
   */
  public static List<FieldViolation> proposalProblems(
      Channel channel, String proposerName, String proposalNumber, String proposalSession) {
    List<FieldViolation> problems = new ArrayList<>();
    if (channel == null) {
      return problems;
    }
    if (!takesProposal(channel)) {
      for (String[] field :
          new String[][] {
            {"proposerName", proposerName},
            {"proposalNumber", proposalNumber},
            {"proposalSession", proposalSession}
          }) {
        if (!blank(field[1])) {
          problems.add(violation(field[0], "case.proposal.notApplicable"));
        }
      }
      return problems;
    }
    if (blank(proposerName)) {
      problems.add(violation("proposerName", "case.proposer.required"));
    } else if (proposerName.strip().length() > PROPOSER_MAX) {
      problems.add(violation("proposerName", "case.proposer.size"));
    }
    if (blank(proposalNumber)) {
      problems.add(violation("proposalNumber", "case.proposalNumber.required"));
    } else if (!NUMBER.matcher(proposalNumber.strip()).matches()) {
      problems.add(violation("proposalNumber", "case.proposalNumber.invalid"));
    }
    if (blank(proposalSession)) {
      problems.add(violation("proposalSession", "case.proposalSession.required"));
    } else if (!SESSION.matcher(proposalSession.strip()).matches()) {
      problems.add(violation("proposalSession", "case.proposalSession.invalid"));
    }
    return problems;
  }

  /**
   * Every problem of the writer's contact data ({@code writerName}, {@code writerPhone}, {@code
   * writerIdNumber}); all three are optional.
   */
  public static List<FieldViolation> writerProblems(String name, String phone, String idNumber) {
    List<FieldViolation> problems = new ArrayList<>();
    if (!blank(name) && name.strip().length() > WRITER_NAME_MAX) {
      problems.add(violation("writerName", "case.writerName.size"));
    }
    if (!blank(phone) && !isPhone(phone.strip())) {
      problems.add(violation("writerPhone", "case.writerPhone.invalid"));
    }
    if (!blank(idNumber) && !ResidentIdNumber.isValid(idNumber.strip())) {
      problems.add(violation("writerIdNumber", "case.writerIdNumber.invalid"));
    }
    return problems;
  }

  static boolean isPhone(String phone) {
    return MobileNumber.isValid(phone) || LANDLINE.matcher(phone).matches();
  }

  /** Blank input is no input: stored as null. */
  public static String text(String value) {
    return blank(value) ? null : value.strip();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static FieldViolation violation(String field, String key) {
    return new FieldViolation(field, key, Map.of());
  }
}
