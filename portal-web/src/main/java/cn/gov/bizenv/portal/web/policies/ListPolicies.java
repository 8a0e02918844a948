package cn.gov.bizenv.portal.web.policies;

import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.application.policies.PolicySummary;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The policy library, searched and paged in the database. */
@Named
@ViewScoped
public class ListPolicies implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PolicyLibrary policies;

  private PagedModel<PolicySummary> model;
  private String text;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> policies.find(text, page), PolicySummary::id);
  }

  public PagedModel<PolicySummary> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
