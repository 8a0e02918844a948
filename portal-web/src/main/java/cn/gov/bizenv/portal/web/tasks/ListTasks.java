package cn.gov.bizenv.portal.web.tasks;

import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.tasks.LedgerFilter;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import cn.gov.bizenv.casetracking.application.tasks.TaskRow;
import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The ledger (督查事项台账): every task the reader may see, filtered by source, special group, unit,
 * status, overdue and the period of the final deadline, read a page at a time from the database.
 */
@Named
@ViewScoped
public class ListTasks implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TaskLedger ledger;
  @Inject transient UnitDirectory units;

  private PagedModel<TaskRow> model;
  private SourceKind source;
  private Long groupId;
  private Long unitId;
  private TaskStatus status;
  private boolean overdueOnly;
  private LocalDate deadlineFrom;
  private LocalDate deadlineTo;
  private List<UnitView> unitChoices;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> ledger.ledger(filter(), page), TaskRow::id);
  }

  LedgerFilter filter() {
    return new LedgerFilter(source, groupId, unitId, status, overdueOnly, deadlineFrom, deadlineTo);
  }

  /** The export's address with the filters on the page, for the download link. */
  public String getExportQuery() {
    StringBuilder query = new StringBuilder();
    append(query, "source", source);
    append(query, "groupId", groupId);
    append(query, "unitId", unitId);
    append(query, "status", status);
    append(query, "overdue", overdueOnly ? Boolean.TRUE : null);
    append(query, "from", deadlineFrom);
    append(query, "to", deadlineTo);
    return query.toString();
  }

  private static void append(StringBuilder query, String name, Object value) {
    if (value != null) {
      query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(value);
    }
  }

  public void clear() {
    source = null;
    groupId = null;
    unitId = null;
    status = null;
    overdueOnly = false;
    deadlineFrom = null;
    deadlineTo = null;
  }

  private List<UnitView> allUnits() {
    if (unitChoices == null) {
      unitChoices = units.activeUnits();
    }
    return unitChoices;
  }

  public List<UnitView> getGroupChoices() {
    return allUnits().stream().filter(u -> u.kind() == UnitKind.SPECIAL_GROUP).toList();
  }

  public List<UnitView> getUnitChoices() {
    return allUnits().stream().filter(u -> u.kind() != UnitKind.LEADING_GROUP_OFFICE).toList();
  }

  public SourceKind[] getSources() {
    return SourceKind.values();
  }

  public TaskStatus[] getStatuses() {
    return TaskStatus.values();
  }

  public PagedModel<TaskRow> getModel() {
    return model;
  }

  public SourceKind getSource() {
    return source;
  }

  public void setSource(SourceKind source) {
    this.source = source;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public LocalDate getDeadlineFrom() {
    return deadlineFrom;
  }

  public void setDeadlineFrom(LocalDate deadlineFrom) {
    this.deadlineFrom = deadlineFrom;
  }

  public LocalDate getDeadlineTo() {
    return deadlineTo;
  }

  public void setDeadlineTo(LocalDate deadlineTo) {
    this.deadlineTo = deadlineTo;
  }
}
