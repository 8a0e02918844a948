package cn.gov.bizenv.portal.web.triage;

import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.CategoryTree;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.triage.AcceptanceRate;
import cn.gov.bizenv.casetracking.application.triage.DefaultUnitView;
import cn.gov.bizenv.casetracking.application.triage.ExampleImport;
import cn.gov.bizenv.casetracking.application.triage.ModelInfo;
import cn.gov.bizenv.casetracking.application.triage.NewDefaultUnit;
import cn.gov.bizenv.casetracking.application.triage.Triage;
import cn.gov.bizenv.casetracking.application.triage.TriageTraining;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The administrator's triage page: the model in use and its retraining, the acceptance rate, the
 * import of training examples (previewed, then stored) and the default lead units.
 */
@Named
@ViewScoped
public class ManageTriage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TriageTraining training;
  @Inject transient Triage triage;
  @Inject transient CategoryTree categories;
  @Inject transient UnitDirectory units;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;

  private byte[] upload;
  private transient ExampleImport preview;
  private Long categoryId;
  private Long districtId;
  private Long unitId;
  private List<UnitView> unitChoices;

  public ModelInfo getModel() {
    return training.model();
  }

  public AcceptanceRate getAcceptance() {
    return triage.acceptance(30);
  }

  public void retrain() {
    try {
      ModelInfo trained = training.retrain();
      errors.info("triage.retrained", trained.version());
    } catch (DomainException problem) {
      errors.show(problem, "modelForm");
    }
  }

  public void upload(FileUploadEvent event) {
    upload = event.getFile().getContent();
    preview = null;
    try {
      preview = training.importExamples(upload, true);
    } catch (DomainException problem) {
      upload = null;
      errors.show(problem, "importForm");
    }
  }

  public void confirmImport() {
    if (upload == null) {
      return;
    }
    try {
      ExampleImport done = training.importExamples(upload, false);
      errors.info("triage.imported", done.accepted(), done.refused());
      upload = null;
      preview = null;
    } catch (DomainException problem) {
      errors.show(problem, "importForm");
    }
  }

  public ExampleImport getPreview() {
    return preview;
  }

  public String problemText(FieldViolation problem) {
    return texts.field(problem.messageKey(), problem.attributes());
  }

  public List<DefaultUnitView> getDefaultUnits() {
    return training.defaultUnits();
  }

  public void saveDefaultUnit() {
    try {
      training.setDefaultUnit(new NewDefaultUnit(categoryId, districtId, unitId));
      categoryId = null;
      districtId = null;
      unitId = null;
    } catch (DomainException problem) {
      errors.show(problem, "defaultsForm");
    }
  }

  public void removeDefaultUnit(long id) {
    try {
      training.removeDefaultUnit(id);
    } catch (DomainException problem) {
      errors.show(problem, "defaultsForm");
    }
  }

  /** Every active category, by its path, at any level (a default holds below it too). */
  public List<SelectItem> getCategoryChoices() {
    List<SelectItem> items = new ArrayList<>();
    for (CategoryNode node : categories.activeTree()) {
      add(items, node, "");
    }
    return items;
  }

  private static void add(List<SelectItem> items, CategoryNode node, String prefix) {
    String path = prefix.isEmpty() ? node.name() : prefix + " / " + node.name();
    items.add(new SelectItem(node.id(), path));
    for (CategoryNode child : node.children()) {
      add(items, child, path);
    }
  }

  public List<UnitView> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = units.activeUnits();
    }
    return unitChoices;
  }

  public List<UnitView> getDistrictChoices() {
    return getUnitChoices().stream().filter(u -> u.kind() == UnitKind.COUNTY_OR_DISTRICT).toList();
  }

  /** A rate as a percentage, or a dash while nothing was decided. */
  public String percent(Double rate) {
    return rate == null ? "—" : Math.round(rate * 1000) / 10.0 + "%";
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
