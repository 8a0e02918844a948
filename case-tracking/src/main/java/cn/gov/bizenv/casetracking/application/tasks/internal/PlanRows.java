package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.tasks.NewMilestone;
import cn.gov.bizenv.casetracking.application.tasks.NewTask;
import cn.gov.bizenv.casetracking.application.tasks.PlanRow;
import cn.gov.bizenv.casetracking.domain.model.task.ReportingCadence;
import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows.SheetRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the rows of an action plan workbook into task commands and finds each row's problems: units
 * are looked up by name, dates read in the forms offices type them (2026-03-31, 2026/3/31,
 * 2026.3.31, 2026年3月31日), and the command then meets the task's own rules, each problem moved to
 * its column. A row repeating an earlier row's item number is refused as a duplicate.
 */
final class PlanRows {
  static final int COLUMNS = 9;

  /** A checked row with the command that records it (null when the row is invalid). */
  record Checked(PlanRow row, NewTask command) {}

  private static final Map<String, String> COLUMN_OF =
      Map.of(
          "sourceReference", "item",
          "content", "content",
          "target", "target",
          "leadUnitId", "lead",
          "responsiblePerson", "responsible",
          "cooperatingUnitIds", "cooperating",
          "deadline", "deadline",
          "cadence", "cadence");

  private static final Map<String, ReportingCadence> CADENCES =
      Map.of(
          "周报", ReportingCadence.WEEKLY,
          "月报", ReportingCadence.MONTHLY,
          "季报", ReportingCadence.QUARTERLY,
          "节点", ReportingCadence.AT_MILESTONE,
          "节点报告", ReportingCadence.AT_MILESTONE);

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d"),
          DateTimeFormatter.ofPattern("uuuu/M/d"),
          DateTimeFormatter.ofPattern("uuuu.M.d"),
          DateTimeFormatter.ofPattern("uuuu年M月d日"),
          DateTimeFormatter.ofPattern("M/d/yy"));

  private final Map<String, Long> leadsByName;
  private final Map<String, Long> unitsByName;
  private final Function<NewTask, List<FieldViolation>> taskRules;
  private final LocalDate today;

  /**
   * @param leadsByName the active units that may lead a task
   * @param unitsByName the active units that may cooperate
   * @param taskRules the task's field rules (Bean Validation of the command)
   */
  PlanRows(
      Map<String, Long> leadsByName,
      Map<String, Long> unitsByName,
      Function<NewTask, List<FieldViolation>> taskRules,
      LocalDate today) {
    this.leadsByName = Map.copyOf(leadsByName);
    this.unitsByName = Map.copyOf(unitsByName);
    this.taskRules = taskRules;
    this.today = today;
  }

  List<Checked> check(List<SheetRow> rows) {
    Map<String, Integer> firstRowOfItem = new HashMap<>();
    List<Checked> checked = new ArrayList<>(rows.size());
    for (SheetRow row : rows) {
      checked.add(check(row, firstRowOfItem));
    }
    return checked;
  }

  private Checked check(SheetRow row, Map<String, Integer> firstRowOfItem) {
    String item = row.cell(0);
    String lead = row.cell(3);
    List<FieldViolation> problems = new ArrayList<>();

    if (!item.isEmpty()) {
      Integer first = firstRowOfItem.putIfAbsent(item, row.number());
      if (first != null) {
        problems.add(problem("item", "plan.item.duplicate", Map.of("row", first)));
      }
    }
    Long leadId = leadsByName.get(lead);
    if (lead.isEmpty()) {
      problems.add(problem("lead", "plan.lead.required", Map.of()));
    } else if (leadId == null) {
      problems.add(problem("lead", "plan.lead.unknown", Map.of("unit", lead)));
    }
    List<Long> cooperating = new ArrayList<>();
    for (String name : row.cell(5).split("[、,，;；\\s]+")) {
      if (name.isEmpty()) {
        continue;
      }
      Long id = unitsByName.get(name);
      if (id == null) {
        problems.add(problem("cooperating", "plan.cooperating.unknown", Map.of("unit", name)));
      } else {
        cooperating.add(id);
      }
    }
    LocalDate deadline = null;
    if (!row.cell(6).isEmpty()) {
      deadline = date(row.cell(6));
      if (deadline == null) {
        problems.add(problem("deadline", "plan.date.unreadable", Map.of("date", row.cell(6))));
      } else if (deadline.isBefore(today)) {
        problems.add(problem("deadline", "task.deadline.beforeStart", Map.of()));
      }
    }
    ReportingCadence cadence = cadence(row.cell(7));
    if (cadence == null && !row.cell(7).isEmpty()) {
      problems.add(problem("cadence", "plan.cadence.unknown", Map.of("cadence", row.cell(7))));
    }
    List<NewMilestone> milestones = new ArrayList<>();
    for (String step : row.cell(8).split("[;；\\n]+")) {
      String text = step.strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] parts = text.split("\\s+", 2);
      LocalDate due = date(parts[0]);
      if (due == null || parts.length < 2) {
        problems.add(problem("milestones", "plan.milestone.unreadable", Map.of("step", text)));
      } else {
        if (deadline != null && due.isAfter(deadline)) {
          problems.add(
              problem("milestones", "task.milestone.dueOn.afterDeadline", Map.of("step", text)));
        }
        milestones.add(new NewMilestone(parts[1].strip(), due));
      }
    }
    NewTask command =
        new NewTask(
            SourceKind.ACTION_PLAN,
            item.isEmpty() ? null : item,
            null,
            row.cell(1),
            row.cell(2).isEmpty() ? null : row.cell(2),
            // A placeholder lead lets the other fields be checked; the lead's problem is listed.
            leadId == null ? Long.valueOf(-1) : leadId,
            row.cell(4).isEmpty() ? null : row.cell(4),
            cooperating,
            milestones,
            deadline,
            cadence == null && row.cell(7).isEmpty() ? ReportingCadence.MONTHLY : cadence,
            null);
    for (FieldViolation violation : taskRules.apply(command)) {
      String field = violation.field();
      if ((field.equals("deadline") && !row.cell(6).isEmpty())
          || (field.equals("cadence") && !row.cell(7).isEmpty())) {
        continue; // already explained as unreadable
      }
      String column =
          field.startsWith("milestones") ? "milestones" : COLUMN_OF.getOrDefault(field, field);
      problems.add(new FieldViolation(column, violation.messageKey(), violation.attributes()));
    }
    PlanRow checked =
        new PlanRow(
            row.number(), item, row.cell(1), lead, row.cell(6), milestones.size(), problems);
    return new Checked(checked, problems.isEmpty() ? command : null);
  }

  static ReportingCadence cadence(String text) {
    if (text.isEmpty()) {
      return ReportingCadence.MONTHLY;
    }
    ReportingCadence named = CADENCES.get(text);
    if (named != null) {
      return named;
    }
    try {
      return ReportingCadence.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  static LocalDate date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text.strip(), format);
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return null;
  }

  private static FieldViolation problem(String column, String key, Map<String, Object> values) {
    return new FieldViolation(column, key, values);
  }
}
