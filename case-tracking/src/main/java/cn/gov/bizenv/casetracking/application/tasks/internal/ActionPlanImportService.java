package cn.gov.bizenv.casetracking.application.tasks.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.ActionPlanImport;
import cn.gov.bizenv.casetracking.application.tasks.PlanOutcome;
import cn.gov.bizenv.casetracking.application.tasks.PlanPreview;
import cn.gov.bizenv.casetracking.application.tasks.TaskHandling;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The action plan import: the preview stores nothing; the commit is one transaction. */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
public class ActionPlanImportService implements ActionPlanImport {
  @Inject UnitRepository units;
  @Inject InputValidation validation;
  @Inject TaskHandling handling;
  @Inject PortalClock clock;

  @Override
  public PlanPreview preview(byte[] workbook) {
    return PlanPreview.of(checked(workbook).stream().map(PlanRows.Checked::row).toList());
  }

  @Override
  public PlanOutcome commit(byte[] workbook, BatchImportMode mode, Progress progress) {
    List<PlanRows.Checked> rows = checked(workbook);
    long invalid = rows.stream().filter(row -> row.command() == null).count();
    if (mode == BatchImportMode.ALL_ROWS && invalid > 0) {
      throw new RuleViolationException("import.invalidRows", invalid);
    }
    if (invalid == rows.size()) {
      throw new RuleViolationException("plan.noValidRows");
    }
    List<Long> ids = new ArrayList<>();
    int total = (int) (rows.size() - invalid);
    for (PlanRows.Checked row : rows) {
      if (row.command() != null) {
        ids.add(handling.create(row.command()));
        if (progress != null) {
          progress.recorded(ids.size(), total);
        }
      }
    }
    return new PlanOutcome(ids, (int) invalid);
  }

  private List<PlanRows.Checked> checked(byte[] workbook) {
    if (workbook != null && workbook.length > MAX_BYTES) {
      throw new RuleViolationException("plan.file.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    List<SpreadsheetRows.SheetRow> sheet =
        SpreadsheetRows.read(workbook, PlanRows.COLUMNS, MAX_ROWS);
    Map<String, Long> leads = new HashMap<>();
    Map<String, Long> all = new HashMap<>();
    for (Unit unit : units.allActive()) {
      all.put(unit.getName(), unit.getId());
      if (unit.getKind() != UnitKind.LEADING_GROUP_OFFICE) {
        leads.put(unit.getName(), unit.getId());
      }
    }
    return new PlanRows(leads, all, validation::violations, clock.now().toLocalDate()).check(sheet);
  }
}
