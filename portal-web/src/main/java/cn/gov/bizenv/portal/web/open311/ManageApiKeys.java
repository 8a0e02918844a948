package cn.gov.bizenv.portal.web.open311;

import cn.gov.bizenv.casetracking.application.open311.ApiKeyView;
import cn.gov.bizenv.casetracking.application.open311.ApiKeys;
import cn.gov.bizenv.casetracking.application.open311.NewApiKey;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Administrators issue Open311 keys to clients and revoke them. A new key is shown on this view
 * once; the list never shows keys (only their hashes are stored).
 */
@Named
@ViewScoped
public class ManageApiKeys implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ApiKeys keys;
  @Inject transient FacesErrors errors;

  private String name;
  private String issuedKey;
  private String issuedTo;
  private transient List<ApiKeyView> list;

  public void issue() {
    try {
      ApiKeyView issued = keys.issue(new NewApiKey(name));
      issuedKey = issued.key();
      issuedTo = issued.name();
      name = null;
      list = null;
    } catch (DomainException problem) {
      errors.show(problem, "keysForm");
    }
  }

  public void revoke(long id) {
    try {
      keys.revoke(id);
      list = null;
      errors.info("apiKeys.revoked");
    } catch (DomainException problem) {
      errors.show(problem, "keysForm");
    }
  }

  public List<ApiKeyView> getKeys() {
    if (list == null) {
      list = keys.list();
    }
    return list;
  }

  public String getIssuedKey() {
    return issuedKey;
  }

  public String getIssuedTo() {
    return issuedTo;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
