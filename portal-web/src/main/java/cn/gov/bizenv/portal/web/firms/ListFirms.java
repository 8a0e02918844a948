package cn.gov.bizenv.portal.web.firms;

import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.application.firms.IndustryView;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The firm list, filtered and sorted in the database; leaders and administrators see every firm, an
 * officer their own.
 */
@Named
@ViewScoped
public class ListFirms implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FirmRegister firms;
  @Inject transient PortalClock clock;

  private PagedModel<FirmSummary> model;
  private String text;
  private String industryCode;
  private Long districtId;
  private FirmSize size;
  private Boolean keyProject;
  private boolean withoutOfficer;
  private boolean overdueOnly;
  private Long officerId;
  private List<IndustryView> industries;
  private List<UnitView> districts;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> firms.find(criteria(), page), FirmSummary::id);
  }

  FirmCriteria criteria() {
    // The coverage page links an officer's overdue count here (officerId and overdue in the URL).
    return new FirmCriteria(
        text,
        industryCode,
        districtId,
        size,
        keyProject,
        withoutOfficer ? Boolean.TRUE : null,
        officerId,
        overdueOnly ? clock.now().toLocalDate() : null,
        null);
  }

  public void clear() {
    text = null;
    industryCode = null;
    districtId = null;
    size = null;
    keyProject = null;
    withoutOfficer = false;
    overdueOnly = false;
    officerId = null;
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

  public PagedModel<FirmSummary> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getIndustryCode() {
    return industryCode;
  }

  public void setIndustryCode(String industryCode) {
    this.industryCode = industryCode;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public FirmSize getSize() {
    return size;
  }

  public void setSize(FirmSize size) {
    this.size = size;
  }

  public Boolean getKeyProject() {
    return keyProject;
  }

  public void setKeyProject(Boolean keyProject) {
    this.keyProject = keyProject;
  }

  public boolean isWithoutOfficer() {
    return withoutOfficer;
  }

  public void setWithoutOfficer(boolean withoutOfficer) {
    this.withoutOfficer = withoutOfficer;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public Long getOfficerId() {
    return officerId;
  }

  public void setOfficerId(Long officerId) {
    this.officerId = officerId;
  }
}
