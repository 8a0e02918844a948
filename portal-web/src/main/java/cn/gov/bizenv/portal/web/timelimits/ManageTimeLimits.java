package cn.gov.bizenv.portal.web.timelimits;

import cn.gov.bizenv.casetracking.application.calendar.TimeLimitRuleView;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimits;
import cn.gov.bizenv.casetracking.application.directory.NewCategoryRule;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * The administrator's time-limit rules: each channel's default and the category rules, edited in a
 * dialog; a category rule is added as a copy of its channel's default.
 */
@Named
@ViewScoped
public class ManageTimeLimits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TimeLimits timeLimits;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;

  private PagedModel<TimeLimitRuleView> model;
  private Channel channelFilter;

  private TimeLimitRuleView editing;
  private RuleForm form = new RuleForm();

  private Channel channel;
  private String categoryCode;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> timeLimits.find(channelFilter, page), TimeLimitRuleView::id);
  }

  public void startEdit(TimeLimitRuleView rule) {
    editing = rule;
    form = RuleForm.of(rule);
  }

  public void save() {
    try {
      TimeLimitRuleView saved = timeLimits.change(editing.id(), form.settings(editing.version()));
      editing = saved;
      errors.info("timeLimits.saved", label(saved), code(saved));
      PrimeFaces.current().executeScript("PF('editRuleDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "editForm");
    }
  }

  public void create() {
    try {
      TimeLimitRuleView created = timeLimits.create(new NewCategoryRule(channel, categoryCode));
      channel = null;
      categoryCode = null;
      errors.info("timeLimits.created", label(created), code(created));
      startEdit(created);
      PrimeFaces.current()
          .executeScript("PF('createRuleDialog').hide();PF('editRuleDialog').show()");
    } catch (DomainException problem) {
      errors.show(problem, "createForm");
    }
  }

  public void remove(TimeLimitRuleView rule) {
    try {
      timeLimits.remove(rule.id(), rule.version());
      errors.info("timeLimits.removed", label(rule), code(rule));
    } catch (DomainException problem) {
      errors.show(problem, "rulesForm");
    }
  }

  private String label(TimeLimitRuleView rule) {
    return texts.get("channel." + rule.channel());
  }

  private String code(TimeLimitRuleView rule) {
    return rule.channelDefault() ? texts.get("timeLimits.channelDefault") : rule.categoryCode();
  }

  /** The heading of the edit dialog: the rule's channel and category. */
  public String getEditingTitle() {
    return editing == null ? "" : texts.get("timeLimits.editing", label(editing), code(editing));
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public LimitUnit[] getUnits() {
    return LimitUnit.values();
  }

  public PagedModel<TimeLimitRuleView> getModel() {
    return model;
  }

  public Channel getChannelFilter() {
    return channelFilter;
  }

  public void setChannelFilter(Channel channelFilter) {
    this.channelFilter = channelFilter;
  }

  public RuleForm getForm() {
    return form;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }
}
