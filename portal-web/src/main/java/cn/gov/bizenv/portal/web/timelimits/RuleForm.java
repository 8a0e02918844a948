package cn.gov.bizenv.portal.web.timelimits;

import cn.gov.bizenv.casetracking.application.calendar.TimeLimitRuleView;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimitSettings;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import java.io.Serializable;

/**
 * The terms of the rule being edited, as typed; its property names are the command's field names,
 * so that each refusal lands next to its input.
 */
public class RuleForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Integer signOffWorkingDays;
  private Integer replyAmount;
  private LimitUnit replyUnit;
  private Integer totalAmount;
  private LimitUnit totalUnit;
  private Integer firstWarningPercent;
  private Integer secondWarningPercent;
  private Integer urgeAfter;
  private Integer supervisionOrderAfter;
  private Integer noticeAfter;
  private Integer accountabilityAfter;

  static RuleForm of(TimeLimitRuleView rule) {
    RuleForm form = new RuleForm();
    form.signOffWorkingDays = rule.signOffWorkingDays();
    form.replyAmount = rule.replyAmount();
    form.replyUnit = rule.replyUnit();
    form.totalAmount = rule.totalAmount();
    form.totalUnit = rule.totalUnit();
    form.firstWarningPercent = rule.firstWarningPercent();
    form.secondWarningPercent = rule.secondWarningPercent();
    form.urgeAfter = rule.urgeAfter();
    form.supervisionOrderAfter = rule.supervisionOrderAfter();
    form.noticeAfter = rule.noticeAfter();
    form.accountabilityAfter = rule.accountabilityAfter();
    return form;
  }

  TimeLimitSettings settings(long version) {
    return new TimeLimitSettings(
        signOffWorkingDays,
        replyAmount,
        replyUnit,
        totalAmount,
        totalUnit,
        firstWarningPercent,
        secondWarningPercent,
        urgeAfter,
        supervisionOrderAfter,
        noticeAfter,
        accountabilityAfter,
        version);
  }

  public Integer getSignOffWorkingDays() {
    return signOffWorkingDays;
  }

  public void setSignOffWorkingDays(Integer signOffWorkingDays) {
    this.signOffWorkingDays = signOffWorkingDays;
  }

  public Integer getReplyAmount() {
    return replyAmount;
  }

  public void setReplyAmount(Integer replyAmount) {
    this.replyAmount = replyAmount;
  }

  public LimitUnit getReplyUnit() {
    return replyUnit;
  }

  public void setReplyUnit(LimitUnit replyUnit) {
    this.replyUnit = replyUnit;
  }

  public Integer getTotalAmount() {
    return totalAmount;
  }

  public void setTotalAmount(Integer totalAmount) {
    this.totalAmount = totalAmount;
  }

  public LimitUnit getTotalUnit() {
    return totalUnit;
  }

  public void setTotalUnit(LimitUnit totalUnit) {
    this.totalUnit = totalUnit;
  }

  public Integer getFirstWarningPercent() {
    return firstWarningPercent;
  }

  public void setFirstWarningPercent(Integer firstWarningPercent) {
    this.firstWarningPercent = firstWarningPercent;
  }

  public Integer getSecondWarningPercent() {
    return secondWarningPercent;
  }

  public void setSecondWarningPercent(Integer secondWarningPercent) {
    this.secondWarningPercent = secondWarningPercent;
  }

  public Integer getUrgeAfter() {
    return urgeAfter;
  }

  public void setUrgeAfter(Integer urgeAfter) {
    this.urgeAfter = urgeAfter;
  }

  public Integer getSupervisionOrderAfter() {
    return supervisionOrderAfter;
  }

  public void setSupervisionOrderAfter(Integer supervisionOrderAfter) {
    this.supervisionOrderAfter = supervisionOrderAfter;
  }

  public Integer getNoticeAfter() {
    return noticeAfter;
  }

  public void setNoticeAfter(Integer noticeAfter) {
    this.noticeAfter = noticeAfter;
  }

  public Integer getAccountabilityAfter() {
    return accountabilityAfter;
  }

  public void setAccountabilityAfter(Integer accountabilityAfter) {
    this.accountabilityAfter = accountabilityAfter;
  }
}
