package cn.gov.bizenv.casetracking.domain.model.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the administrators' CSV files as Excel and text editors write them. */
class CategoryCsvTest {
  static List<CsvRecord> read(String text) {
    return CategoryCsv.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void headerBomBlankLinesAndLineEndingsAreHandled() {
    List<CsvRecord> records = read("\uFEFF一级分类,二级分类,三级分类\r\n城乡建设,安全生产,安全隐患\r\n\r\n营商环境,行政审批\n,,\n");
    assertEquals(2, records.size());
    assertEquals(new CsvRecord(2, List.of("城乡建设", "安全生产", "安全隐患"), false), records.get(0));
    assertEquals(new CsvRecord(4, List.of("营商环境", "行政审批"), false), records.get(1));
  }

  @Test
  void theHeaderIsOptional() {
    assertEquals(List.of("城乡建设", "安全生产", "安全隐患"), read("城乡建设,安全生产,安全隐患").get(0).cells());
  }

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
    List<CsvRecord> records = read("\"营商,环境\",\"说\"\"明\"\"\",\"两\n行\"  \n城乡建设,,\n");
    assertEquals(List.of("营商,环境", "说\"明\"", "两\n行"), records.get(0).cells());
    assertFalse(records.get(0).malformed());
    assertEquals(3, records.get(1).line(), "line numbers count the line break inside the quotes");
  }

  @Test
  void brokenQuotingMarksTheRecord() {
    assertTrue(read("营商\"环境,a,b").get(0).malformed());
    assertTrue(read("\"营商\"环境,a,b").get(0).malformed());
    assertTrue(
        read("\"营商环境,a,b").get(0).malformed(), "an unterminated quote runs to the end of the file");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedAsAWhole() {
    byte[] gbk = "城乡建设,安全生产,安全隐患".getBytes(Charset.forName("GBK"));
    assertEquals("category.import.encoding", problem(() -> CategoryCsv.read(gbk)).messageKey());
  }

  @Test
  void emptyOversizedAndOverlongFilesAreRefused() {
    assertEquals(
        "category.import.empty", problem(() -> CategoryCsv.read(new byte[0])).messageKey());
    assertEquals("category.import.empty", problem(() -> read("一级分类,二级分类,三级分类\n\n")).messageKey());
    assertEquals(
        "category.import.tooLarge",
        problem(() -> CategoryCsv.read(new byte[CategoryCsv.MAX_BYTES + 1])).messageKey());
    String rows = "营商环境,行政审批,事项\n".repeat(CategoryCsv.MAX_ROWS + 1);
    FieldViolation tooMany = problem(() -> read(rows));
    assertEquals("category.import.tooManyRows", tooMany.messageKey());
    assertEquals("file", tooMany.field());
    assertEquals(CategoryCsv.MAX_ROWS, tooMany.attributes().get("max"));
  }

  private static FieldViolation problem(org.junit.jupiter.api.function.Executable read) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, read);
    assertEquals(1, refused.violations().size());
    return refused.violations().get(0);
  }
}
