package cn.gov.bizenv.portal.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.bizenv.casetracking.application.reports.RankingRow;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.UnitRanking;
import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The ranking's workbook: the rows in the ranking's order, components in the documented columns.
 */
class RankingWorkbookTest {
  @Test
  void oneRowPerUnitWithPlaceScoreTrendAndComponents() throws IOException {
    Map<String, Double> first = new LinkedHashMap<>();
    first.put("ON_TIME_REPLY", 90.0);
    first.put("SUPERVISION", 80.5);
    UnitMeasures none = new UnitMeasures(0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    UnitRanking ranking =
        new UnitRanking(
            ReportPeriod.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
            List.of(),
            List.of(
                new RankingRow(1, 3, "市市场监督管理局", 88.2, first, 85.0, 3.2, none),
                new RankingRow(null, 4, "华龙区", null, Map.of(), null, null, none)));

    byte[] file = ReportWorkbook.ranking(ranking, LocaleSelection.DEFAULT);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(2, sheet.getLastRowNum());
      Row header = sheet.getRow(0);
      assertEquals("名次", header.getCell(0).getStringCellValue());
      assertEquals("得分", header.getCell(2).getStringCellValue());
      assertEquals(10, header.getLastCellNum(), "place, unit, score, trend and six components");
      Row top = sheet.getRow(1);
      assertEquals(1.0, top.getCell(0).getNumericCellValue());
      assertEquals("市市场监督管理局", top.getCell(1).getStringCellValue());
      assertEquals(88.2, top.getCell(2).getNumericCellValue());
      assertEquals(3.2, top.getCell(3).getNumericCellValue());
      assertNull(top.getCell(4), "no sign-off base: empty");
      assertEquals(90.0, top.getCell(5).getNumericCellValue(), "ON_TIME_REPLY");
      assertEquals(80.5, top.getCell(9).getNumericCellValue(), "SUPERVISION");
      Row unscored = sheet.getRow(2);
      assertEquals("华龙区", unscored.getCell(1).getStringCellValue());
      assertNull(unscored.getCell(0), "no place");
      assertNull(unscored.getCell(2), "no score");
    }
    try (XSSFWorkbook english =
        new XSSFWorkbook(
            new ByteArrayInputStream(ReportWorkbook.ranking(ranking, Locale.ENGLISH)))) {
      assertEquals(2, english.getSheetAt(0).getLastRowNum());
    }
  }
}
