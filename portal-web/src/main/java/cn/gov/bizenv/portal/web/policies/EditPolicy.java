package cn.gov.bizenv.portal.web.policies;

import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.IndustryView;
import cn.gov.bizenv.chiefservice.application.policies.PolicyDetail;
import cn.gov.bizenv.chiefservice.application.policies.PolicyInput;
import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An administrator, acting for the policy office, adds a policy or edits one ({@code ?id=}): its
 * facts, dates and target rule. Choice lists are bound to arrays so that Faces converts each value.
 */
@Named
@ViewScoped
public class EditPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PolicyLibrary policies;
  @Inject transient FirmRegister firms;
  @Inject transient FacesErrors errors;

  private Long id;
  private Long version;
  private String title;
  private String issuer;
  private String documentNumber;
  private LocalDate effectiveOn;
  private LocalDate expiresOn;
  private LocalDate applicationDeadline;
  private String summary;
  private String fullText;
  private boolean applicationFree;
  private String[] industries = new String[0];
  private FirmSize[] sizes = new FirmSize[0];
  private Long[] districts = new Long[0];
  private List<String> tags = new ArrayList<>();
  private boolean keyProjectsOnly;
  private List<IndustryView> industryChoices;
  private List<UnitView> districtChoices;

  public void load() {
    if (id == null || version != null) {
      return;
    }
    try {
      PolicyDetail policy = policies.get(id);
      version = policy.version();
      title = policy.title();
      issuer = policy.issuer();
      documentNumber = policy.documentNumber();
      effectiveOn = policy.effectiveOn();
      expiresOn = policy.expiresOn();
      applicationDeadline = policy.applicationDeadline();
      summary = policy.summary();
      fullText = policy.fullText();
      applicationFree = policy.applicationFree();
      industries = policy.industries().toArray(String[]::new);
      sizes = policy.sizes().toArray(FirmSize[]::new);
      districts = policy.districts().toArray(Long[]::new);
      tags = new ArrayList<>(policy.tags());
      keyProjectsOnly = policy.keyProjectsOnly();
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  public String save() {
    PolicyInput input =
        new PolicyInput(
            title,
            issuer,
            documentNumber,
            effectiveOn,
            expiresOn,
            applicationDeadline,
            summary,
            fullText,
            applicationFree,
            Arrays.asList(industries),
            Arrays.asList(sizes),
            Arrays.asList(districts),
            tags,
            keyProjectsOnly,
            version);
    try {
      PolicyDetail saved = id == null ? policies.add(input) : policies.update(id, input);
      errors.info("policy.saved", saved.title());
      return "/policies/detail?faces-redirect=true&id=" + saved.id();
    } catch (DomainException problem) {
      errors.show(problem, "policyForm");
      return null;
    }
  }

  public boolean isEditing() {
    return id != null;
  }

  public List<IndustryView> getIndustryChoices() {
    if (industryChoices == null) {
      industryChoices = firms.industries();
    }
    return industryChoices;
  }

  public List<UnitView> getDistrictChoices() {
    if (districtChoices == null) {
      districtChoices = firms.districts();
    }
    return districtChoices;
  }

  public FirmSize[] getSizeChoices() {
    return FirmSize.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public LocalDate getApplicationDeadline() {
    return applicationDeadline;
  }

  public void setApplicationDeadline(LocalDate applicationDeadline) {
    this.applicationDeadline = applicationDeadline;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getFullText() {
    return fullText;
  }

  public void setFullText(String fullText) {
    this.fullText = fullText;
  }

  public boolean isApplicationFree() {
    return applicationFree;
  }

  public void setApplicationFree(boolean applicationFree) {
    this.applicationFree = applicationFree;
  }

  public String[] getIndustries() {
    return industries;
  }

  public void setIndustries(String[] industries) {
    this.industries = industries == null ? new String[0] : industries;
  }

  public FirmSize[] getSizes() {
    return sizes;
  }

  public void setSizes(FirmSize[] sizes) {
    this.sizes = sizes == null ? new FirmSize[0] : sizes;
  }

  public Long[] getDistricts() {
    return districts;
  }

  public void setDistricts(Long[] districts) {
    this.districts = districts == null ? new Long[0] : districts;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public boolean isKeyProjectsOnly() {
    return keyProjectsOnly;
  }

  public void setKeyProjectsOnly(boolean keyProjectsOnly) {
    this.keyProjectsOnly = keyProjectsOnly;
  }
}
