package cn.gov.bizenv.portal.web.units;

import cn.gov.bizenv.casetracking.application.directory.NewUnit;
import cn.gov.bizenv.casetracking.application.directory.RenameUnit;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The administrator's unit register: a filtered, paged list with create, rename and deactivate. */
@Named
@ViewScoped
public class ManageUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient UnitDirectory units;
  @Inject transient FacesErrors errors;

  private PagedModel<UnitView> model;
  private String nameFilter;
  private UnitKind kindFilter;
  private Boolean activeFilter;

  private String newName;
  private UnitKind newKind;

  private Long renamingId;
  private long renamingVersion;
  private String renamedName;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            page -> units.find(new UnitCriteria(nameFilter, kindFilter, activeFilter), page),
            UnitView::id);
  }

  public UnitKind[] getKinds() {
    return UnitKind.values();
  }

  public void create() {
    try {
      UnitView created = units.create(new NewUnit(newName, newKind));
      newName = null;
      newKind = null;
      errors.info("unit.created", created.name());
      PrimeFaces.current().executeScript("PF('createUnitDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "createForm");
    }
  }

  public void startRename(UnitView unit) {
    renamingId = unit.id();
    renamingVersion = unit.version();
    renamedName = unit.name();
  }

  public void rename() {
    try {
      UnitView renamed = units.rename(renamingId, new RenameUnit(renamedName, renamingVersion));
      errors.info("unit.renamed", renamed.name());
      PrimeFaces.current().executeScript("PF('renameUnitDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "renameForm");
    }
  }

  public void deactivate(UnitView unit) {
    try {
      units.deactivate(unit.id(), unit.version());
      errors.info("unit.deactivated", unit.name());
    } catch (DomainException problem) {
      errors.show(problem, "unitsForm");
    }
  }

  public void reactivate(UnitView unit) {
    try {
      units.reactivate(unit.id(), unit.version());
      errors.info("unit.reactivated", unit.name());
    } catch (DomainException problem) {
      errors.show(problem, "unitsForm");
    }
  }

  public PagedModel<UnitView> getModel() {
    return model;
  }

  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter;
  }

  public UnitKind getKindFilter() {
    return kindFilter;
  }

  public void setKindFilter(UnitKind kindFilter) {
    this.kindFilter = kindFilter;
  }

  public Boolean getActiveFilter() {
    return activeFilter;
  }

  public void setActiveFilter(Boolean activeFilter) {
    this.activeFilter = activeFilter;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public UnitKind getNewKind() {
    return newKind;
  }

  public void setNewKind(UnitKind newKind) {
    this.newKind = newKind;
  }

  public String getRenamedName() {
    return renamedName;
  }

  public void setRenamedName(String renamedName) {
    this.renamedName = renamedName;
  }
}
