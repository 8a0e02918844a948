package cn.gov.bizenv.casetracking.application.tasks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.task.ReportingCadence;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows.SheetRow;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An action plan's rows: what becomes a task, and each problem in its column. */
class PlanRowsTest {
  private final PlanRows rows =
      new PlanRows(
          Map.of("政务服务专项小组", 7L, "市市场监督管理局", 8L),
          Map.of("政务服务专项小组", 7L, "市市场监督管理局", 8L, "市税务局", 9L),
          InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator())
              ::violations,
          LocalDate.parse("2026-03-01"));

  private static SheetRow row(int number, String... cells) {
    return new SheetRow(number, List.of(cells));
  }

  private static List<String> columns(PlanRows.Checked checked) {
    return checked.row().problems().stream().map(FieldViolation::field).sorted().toList();
  }

  @Test
  void aCompleteRowBecomesATaskWithItsMilestones() {
    PlanRows.Checked checked =
        rows.check(
                List.of(
                    row(
                        2,
                        "1.2",
                        "推行企业开办一日办结",
                        "1个工作日内办结",
                        "政务服务专项小组",
                        "王敏",
                        "市市场监督管理局、市税务局",
                        "2026/12/31",
                        "季报",
                        "2026-06-30 完成流程再造；2026年9月30日 系统上线")))
            .get(0);
    assertEquals(List.of(), checked.row().problems());
    assertNotNull(checked.command());
    assertEquals(7L, checked.command().leadUnitId());
    assertEquals(List.of(8L, 9L), checked.command().cooperatingUnitIds());
    assertEquals(LocalDate.parse("2026-12-31"), checked.command().deadline());
    assertEquals(ReportingCadence.QUARTERLY, checked.command().cadence());
    assertEquals(2, checked.command().milestones().size());
    assertEquals(LocalDate.parse("2026-09-30"), checked.command().milestones().get(1).dueOn());
    assertEquals("系统上线", checked.command().milestones().get(1).title());
  }

  @Test
  void eachProblemIsNamedByItsColumn() {
    List<PlanRows.Checked> checked =
        rows.check(
            List.of(
                row(2, "1", "内容", "", "", "", "不存在的局", "明年", "日报", "下月 开会"),
                row(3, "1", "", "", "市市场监督管理局", "", "", "2026-12-31", "", "2027-01-05 晚了"),
                row(4, "2", "内容", "", "市市场监督管理局", "", "", "2026-02-01", "月报", "")));
    assertEquals(
        List.of("cadence", "cooperating", "deadline", "lead", "milestones"),
        columns(checked.get(0)));
    assertNull(checked.get(0).command());
    assertEquals(List.of("content", "item", "milestones"), columns(checked.get(1)));
    assertEquals(
        List.of("plan.item.duplicate"),
        checked.get(1).row().problems().stream()
            .filter(p -> p.field().equals("item"))
            .map(FieldViolation::messageKey)
            .toList(),
        "row 3 repeats the item number of row 2");
    assertEquals(List.of("deadline"), columns(checked.get(2)), "a deadline already past");
  }
}
