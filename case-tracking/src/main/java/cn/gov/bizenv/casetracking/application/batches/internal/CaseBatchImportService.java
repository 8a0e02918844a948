package cn.gov.bizenv.casetracking.application.batches.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;
import cn.gov.bizenv.casetracking.application.batches.BatchOutcome;
import cn.gov.bizenv.casetracking.application.batches.BatchPreview;
import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.batches.CaseBatchImport;
import cn.gov.bizenv.casetracking.application.batches.NewBatch;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseRecorder;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseViews;
import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatch;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatchRepository;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The batch import of assigned cases (上级交办): rows are checked against the intake's rules and
 * recorded through {@link CaseRecorder}, the intake steps every channel shares, in the caller's one
 * transaction, so a refused commit stores nothing. The triage officers hear of the batch once, not
 * once per case.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, ADMINISTRATOR})
public class CaseBatchImportService implements CaseBatchImport {
  private static final int RECENT_BATCHES = 50;

  @Inject CaseRecorder recorder;
  @Inject UnitRepository units;
  @Inject CategoryRepository categories;
  @Inject IntakeBatchRepository batches;
  @Inject InputValidation validation;
  @Inject Callers callers;
  @Inject PortalClock clock;
  @Inject NotificationSender notify;

  @Override
  public BatchPreview preview(byte[] workbook) {
    return BatchPreview.of(check(workbook).stream().map(BatchRows.Checked::row).toList());
  }

  @Override
  public BatchOutcome commit(
      NewBatch command, byte[] workbook, BatchImportMode mode, BatchProgress progress) {
    validation.check(command);
    List<BatchRows.Checked> rows = check(workbook);
    List<BatchRows.Checked> valid = rows.stream().filter(row -> row.command() != null).toList();
    int invalid = rows.size() - valid.size();
    if (mode != BatchImportMode.VALID_ROWS && invalid > 0) {
      throw new RuleViolationException("import.invalidRows", invalid);
    }
    if (valid.isEmpty()) {
      throw new RuleViolationException("batch.noValidRows");
    }
    String by = callers.current().username();
    IntakeBatch batch = new IntakeBatch(command.sourceDocument(), by, clock.now());
    batches.add(batch);
    int recorded = 0;
    for (BatchRows.Checked row : valid) {
      recorder.record(row.command(), by, batch);
      recorded++;
      if (progress != null) {
        progress.recorded(recorded, valid.size());
      }
    }
    batch.counted(recorded);
    notify.toRole(
        Role.TRIAGE_OFFICER,
        null,
        by,
        "notice.batch.imported",
        List.of(batch.getBatchNumber(), batch.getSourceDocument(), Integer.toString(recorded)),
        null);
    return new BatchOutcome(
        batch.getId(), batch.getBatchNumber(), batch.getSourceDocument(), recorded, invalid);
  }

  @Override
  public List<BatchView> recentBatches() {
    return batches.recent(RECENT_BATCHES).stream().map(CaseViews::batch).toList();
  }

  private List<BatchRows.Checked> check(byte[] workbook) {
    if (workbook != null && workbook.length > MAX_BYTES) {
      throw new RuleViolationException("batch.file.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    List<SpreadsheetRows.SheetRow> sheet =
        SpreadsheetRows.read(workbook, BatchRows.COLUMNS, MAX_ROWS);
    if (sheet.isEmpty()) {
      throw new RuleViolationException("batch.file.noRows");
    }
    Map<String, Long> unitIds =
        units.allActive().stream()
            .collect(Collectors.toMap(Unit::getName, Unit::getId, (first, second) -> first));
    Map<String, Long> categoryIds =
        categories.allActive().stream()
            .collect(
                Collectors.toMap(Category::getCode, Category::getId, (first, second) -> first));
    return new BatchRows(unitIds, categoryIds, recorder::problems).check(sheet);
  }
}
