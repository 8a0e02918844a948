package cn.gov.bizenv.casetracking.application.batches.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.IntakeDetails;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows.SheetRow;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each row of a batch workbook is checked by the intake's rules, its problems put in its columns.
 */
class BatchRowsTest {
  BatchRows rows;

  @BeforeEach
  void rows() {
    InputValidation validation =
        InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
    rows =
        new BatchRows(
            Map.of("华龙区", 10L, "市市场监督管理局", 20L),
            Map.of("01.01.001", 5L),
            command -> {
              List<FieldViolation> problems = new ArrayList<>(validation.violations(command));
              problems.addAll(
                  IntakeDetails.writerProblems(
                      command.writerName(), command.writerPhone(), command.writerIdNumber()));
              return problems;
            });
  }

  @Test
  void aValidRowBecomesAnAssignedCaseOfItsUnitAndCategory() {
    BatchRows.Checked checked =
        rows.check(List.of(row(2, "路灯不亮", "某路段路灯损坏", "华龙区", "01.01.001", "张三", "13812345678", "")))
            .get(0);
    assertEquals(List.of(), checked.row().problems());
    NewCase command = checked.command();
    assertNotNull(command);
    assertEquals(Channel.ASSIGNED_BY_HIGHER_AUTHORITY, command.channel());
    assertEquals(10L, command.concernedUnitId());
    assertEquals(5L, command.categoryId());
    assertEquals("13812345678", command.writerPhone());
  }

  @Test
  void everyProblemOfARowIsListedInItsColumn() {
    BatchRows.Checked checked =
        rows.check(List.of(row(3, "", "内容", "不存在的局", "99.99.999", "", "123", ""))).get(0);
    assertNull(checked.command());
    assertEquals(
        List.of(
            "unit:batch.unit.unknown",
            "category:batch.category.unknown",
            "title:case.title.required",
            "writerPhone:case.writerPhone.invalid"),
        checked.row().problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
    assertEquals(Map.of("unit", "不存在的局"), checked.row().problems().get(0).attributes());
  }

  @Test
  void aMissingUnitAndARepeatedRowAreRefused() {
    List<BatchRows.Checked> checked =
        rows.check(
            List.of(
                row(2, "标题", "内容", "华龙区", "", "", "", ""),
                row(3, "标题", "内容", "华龙区", "", "", "", ""),
                row(4, "标题二", "内容", "", "", "", "", "")));
    assertNotNull(checked.get(0).command());
    FieldViolation duplicate = checked.get(1).row().problems().get(0);
    assertEquals("batch.row.duplicate", duplicate.messageKey());
    assertEquals(Map.of("row", 2), duplicate.attributes());
    assertEquals("batch.unit.required", checked.get(2).row().problems().get(0).messageKey());
  }

  private static SheetRow row(int number, String... cells) {
    return new SheetRow(number, List.of(cells));
  }
}
