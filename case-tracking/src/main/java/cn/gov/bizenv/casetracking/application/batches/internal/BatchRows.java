package cn.gov.bizenv.casetracking.application.batches.internal;

import cn.gov.bizenv.casetracking.application.batches.BatchRow;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the rows of a batch workbook into intake commands and finds each row's problems: the unit
 * and category are looked up by name and code, and the command then meets the intake's own rules
 * (the same as the form's), with each problem moved to its column. A row repeating an earlier row's
 * title and content is refused as a duplicate.
 */
final class BatchRows {
  static final int COLUMNS = 7;

  /** A checked row with the command that records it (null when the row is invalid). */
  record Checked(BatchRow row, NewCase command) {}

  // Intake fields and the workbook columns they come from.
  private static final Map<String, String> COLUMN_OF =
      Map.of(
          "concernedUnitId", "unit",
          "categoryId", "category",
          "channel", "title");

  private final Map<String, Long> unitIdsByName;
  private final Map<String, Long> categoryIdsByCode;
  private final Function<NewCase, List<FieldViolation>> intakeRules;

  /**
   * @param unitIdsByName the active units that may be named
   * @param categoryIdsByCode the categories that may be named by code
   * @param intakeRules the intake's problems with a command (field by field)
   */
  BatchRows(
      Map<String, Long> unitIdsByName,
      Map<String, Long> categoryIdsByCode,
      Function<NewCase, List<FieldViolation>> intakeRules) {
    this.unitIdsByName = Map.copyOf(unitIdsByName);
    this.categoryIdsByCode = Map.copyOf(categoryIdsByCode);
    this.intakeRules = intakeRules;
  }

  List<Checked> check(List<SheetRow> rows) {
    Map<String, Integer> firstRowOfText = new HashMap<>();
    List<Checked> checked = new ArrayList<>(rows.size());
    for (SheetRow row : rows) {
      checked.add(check(row, firstRowOfText));
    }
    return checked;
  }

  private Checked check(SheetRow sheetRow, Map<String, Integer> firstRowOfText) {
    String title = sheetRow.cell(0);
    String content = sheetRow.cell(1);
    String unit = sheetRow.cell(2);
    String category = sheetRow.cell(3);
    String writerName = sheetRow.cell(4);
    String writerPhone = sheetRow.cell(5);
    String writerIdNumber = sheetRow.cell(6);
    List<FieldViolation> problems = new ArrayList<>();

    Long unitId = unitIdsByName.get(unit);
    if (unit.isEmpty()) {
      problems.add(problem("unit", "batch.unit.required", Map.of()));
    } else if (unitId == null) {
      problems.add(problem("unit", "batch.unit.unknown", Map.of("unit", unit)));
    }
    Long categoryId = null;
    if (!category.isEmpty()) {
      categoryId = categoryIdsByCode.get(category);
      if (categoryId == null) {
        problems.add(problem("category", "batch.category.unknown", Map.of("code", category)));
      }
    }
    NewCase command =
        new NewCase(
            Channel.ASSIGNED_BY_HIGHER_AUTHORITY,
            title,
            content,
            // A placeholder unit lets the other fields be checked; the unit's problem is listed.
            unitId == null ? Long.valueOf(-1) : unitId,
            categoryId,
            null,
            null,
            null,
            null,
            null,
            writerName,
            writerPhone,
            writerIdNumber);
    for (FieldViolation violation : intakeRules.apply(command)) {
      String column = COLUMN_OF.getOrDefault(violation.field(), violation.field());
      boolean alreadyListed = problems.stream().anyMatch(listed -> listed.field().equals(column));
      if (!alreadyListed) {
        problems.add(problem(column, violation.messageKey(), violation.attributes()));
      }
    }
    if (!title.isEmpty() && !content.isEmpty()) {
      Integer first = firstRowOfText.putIfAbsent(title + '\u0000' + content, sheetRow.number());
      if (first != null) {
        problems.add(problem("title", "batch.row.duplicate", Map.of("row", first)));
      }
    }
    BatchRow row =
        new BatchRow(sheetRow.number(), title, unit, category, writerName, writerPhone, problems);
    return new Checked(row, problems.isEmpty() ? command : null);
  }

  private static FieldViolation problem(String column, String key, Map<String, Object> attributes) {
    return new FieldViolation(column, key, attributes);
  }
}
