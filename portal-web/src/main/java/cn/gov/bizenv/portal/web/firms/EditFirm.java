package cn.gov.bizenv.portal.web.firms;

import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmInput;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.application.firms.IndustryView;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An administrator registers a firm or project, or edits one ({@code ?id=}). Every invalid field is
 * shown next to it, the credit code's message saying which character is wrong; what was typed stays
 * on the page.
 */
@Named
@ViewScoped
public class EditFirm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FirmRegister firms;
  @Inject transient FacesErrors errors;

  private Long id;
  private Long version;
  private String name;
  private String creditCode;
  private String industryCode;
  private FirmSize size;
  private Long districtId;
  private String address;
  private String contactName;
  private String contactPhone;
  private boolean keyProject;
  private List<String> tags = new ArrayList<>();
  private Long parentId;
  private String parentName;
  private final Map<String, Long> parentChoices = new HashMap<>();
  private Integer visitIntervalDays = 30;
  private List<IndustryView> industries;
  private List<UnitView> districts;

  /** The view action: loads the firm when editing; an unknown id is a 404. */
  public void load() {
    if (id == null || version != null) {
      return;
    }
    try {
      FirmDetail firm = firms.get(id);
      version = firm.version();
      name = firm.name();
      creditCode = firm.creditCode();
      industryCode = firm.industryCode();
      size = firm.size();
      districtId = firm.districtId();
      address = firm.address();
      contactName = firm.contactName();
      contactPhone = firm.contactPhone();
      keyProject = firm.keyProject();
      tags = new ArrayList<>(firm.tags());
      parentId = firm.parentId();
      parentName = firm.parentName();
      if (parentId != null) {
        parentChoices.put(parentName, parentId);
      }
      visitIntervalDays = firm.visitIntervalDays();
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  /** Firms whose name contains the text, offered as the project's parent. */
  public List<String> completeParent(String text) {
    List<String> names = new ArrayList<>();
    for (FirmSummary firm :
        firms
            .find(
                new FirmCriteria(text, null, null, null, null, null, null, null, null),
                PageRequest.first(10))
            .items()) {
      if (id == null || firm.id() != id) {
        parentChoices.put(firm.name(), firm.id());
        names.add(firm.name());
      }
    }
    return names;
  }

  public String save() {
    parentId =
        parentName == null || parentName.isBlank()
            ? null
            : parentChoices.getOrDefault(parentName.strip(), -1L);
    FirmInput input =
        new FirmInput(
            name,
            creditCode,
            industryCode,
            size,
            districtId,
            address,
            contactName,
            contactPhone,
            keyProject,
            tags,
            parentId,
            visitIntervalDays,
            version);
    try {
      FirmDetail saved = id == null ? firms.register(input) : firms.update(id, input);
      errors.info(id == null ? "firm.registered" : "firm.saved", saved.name());
      return "/firms/detail?faces-redirect=true&id=" + saved.id();
    } catch (DomainException problem) {
      errors.show(problem, "firmForm");
      return null;
    }
  }

  public boolean isEditing() {
    return id != null;
  }

  public List<IndustryView> getIndustries() {
    if (industries == null) {
      industries = firms.industries();
    }
    return industries;
  }

  public List<UnitView> getDistricts() {
    if (districts == null) {
      districts = firms.districts();
    }
    return districts;
  }

  public FirmSize[] getSizes() {
    return FirmSize.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getIndustryCode() {
    return industryCode;
  }

  public void setIndustryCode(String industryCode) {
    this.industryCode = industryCode;
  }

  public FirmSize getSize() {
    return size;
  }

  public void setSize(FirmSize size) {
    this.size = size;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public boolean isKeyProject() {
    return keyProject;
  }

  public void setKeyProject(boolean keyProject) {
    this.keyProject = keyProject;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public String getParentName() {
    return parentName;
  }

  public void setParentName(String parentName) {
    this.parentName = parentName;
  }

  public Integer getVisitIntervalDays() {
    return visitIntervalDays;
  }

  public void setVisitIntervalDays(Integer visitIntervalDays) {
    this.visitIntervalDays = visitIntervalDays;
  }
}
