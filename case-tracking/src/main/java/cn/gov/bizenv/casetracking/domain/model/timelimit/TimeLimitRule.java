package cn.gov.bizenv.casetracking.domain.model.timelimit;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The time limits of one channel (its default rule, without a category) or of one category within a
 * channel. A category rule wins over the channel's default. Categories are known here by their code
 * only; the category tree is kept elsewhere.
 */
@Entity
@Table(name = "time_limit_rule")
public class TimeLimitRule {
  public static final int CATEGORY_CODE_MAX = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_limit_rule_seq")
  @SequenceGenerator(
      name = "time_limit_rule_seq",
      sequenceName = "time_limit_rule_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Channel channel;

  @Column(name = "category_code", length = CATEGORY_CODE_MAX)
  private String categoryCode;

  @Column(name = "sign_off_working_days", nullable = false)
  private int signOffWorkingDays;

  @Column(name = "reply_amount", nullable = false)
  private int replyAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "reply_unit", nullable = false, length = 20)
  private LimitUnit replyUnit;

  @Column(name = "total_amount", nullable = false)
  private int totalAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "total_unit", nullable = false, length = 20)
  private LimitUnit totalUnit;

  @Column(name = "first_warning_percent", nullable = false)
  private int firstWarningPercent;

  @Column(name = "second_warning_percent", nullable = false)
  private int secondWarningPercent;

  @Column(name = "urge_after", nullable = false)
  private int urgeAfter;

  @Column(name = "supervision_order_after", nullable = false)
  private int supervisionOrderAfter;

  @Column(name = "notice_after", nullable = false)
  private int noticeAfter;

  @Column(name = "accountability_after", nullable = false)
  private int accountabilityAfter;

  @Version private long version;

  protected TimeLimitRule() {}

  /**
   * A rule for {@code channel}, or for one category in it when {@code categoryCode} is given.
   *
   * @throws IllegalArgumentException if the category code is blank or too long
   */
  public TimeLimitRule(Channel channel, String categoryCode, TimeLimitTerms terms) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.categoryCode = normalisedCode(categoryCode);
    change(terms);
  }

  /** A rule for one category of this rule's channel, starting from this rule's terms. */
  public TimeLimitRule copyFor(String categoryCode) {
    return new TimeLimitRule(
        channel, Objects.requireNonNull(categoryCode, "categoryCode"), terms());
  }

  public void change(TimeLimitTerms terms) {
    Objects.requireNonNull(terms, "terms");
    signOffWorkingDays = terms.signOffWorkingDays();
    replyAmount = terms.reply().amount();
    replyUnit = terms.reply().unit();
    totalAmount = terms.total().amount();
    totalUnit = terms.total().unit();
    firstWarningPercent = terms.warnings().firstPercent();
    secondWarningPercent = terms.warnings().secondPercent();
    urgeAfter = terms.ladder().urgeAfter();
    supervisionOrderAfter = terms.ladder().supervisionOrderAfter();
    noticeAfter = terms.ladder().noticeAfter();
    accountabilityAfter = terms.ladder().accountabilityAfter();
  }

  public TimeLimitTerms terms() {
    return new TimeLimitTerms(
        signOffWorkingDays,
        new TimeLimit(replyAmount, replyUnit),
        new TimeLimit(totalAmount, totalUnit),
        new WarningShares(firstWarningPercent, secondWarningPercent),
        new OverdueLadder(urgeAfter, supervisionOrderAfter, noticeAfter, accountabilityAfter));
  }

  /** Whether this is the channel's default rule, which applies when no category rule does. */
  public boolean isChannelDefault() {
    return categoryCode == null;
  }

  /** Codes are compared exactly, without surrounding spaces; blank means "no category". */
  public static String normalisedCode(String categoryCode) {
    if (categoryCode == null || categoryCode.isBlank()) {
      return null;
    }
    String code = categoryCode.strip();
    if (code.length() > CATEGORY_CODE_MAX) {
      throw new IllegalArgumentException(
          "category code must be at most " + CATEGORY_CODE_MAX + " characters");
    }
    return code;
  }

  public Long getId() {
    return id;
  }

  public Channel getChannel() {
    return channel;
  }

  /** The category the rule is for, or null for the channel's default rule. */
  public String getCategoryCode() {
    return categoryCode;
  }

  public long getVersion() {
    return version;
  }
}
