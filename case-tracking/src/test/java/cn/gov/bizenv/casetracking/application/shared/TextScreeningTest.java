package cn.gov.bizenv.casetracking.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextScreeningTest {
  record Writer(@NotBlank(message = "{writer.name.required}") String name, String phone) {}

  record Letter(
      @NotBlank(message = "{case.title.required}") String title,
      String content,
      Writer writer,
      List<Writer> others) {}

  @Test
  void controlCharactersOtherThanTabAndLineBreaksAreRefusedNamingTheField() {
    for (char control : new char[] {'\u0000', '\u0001', '\u000B', '\u001F'}) {
      assertEquals(
          List.of(new FieldViolation("title", "input.controlCharacter", Map.of())),
          TextScreening.violations(new Letter("标题" + control, "内容", null, List.of())));
    }
    assertEquals(
        List.of(), TextScreening.violations(new Letter("标题", "第一行\r\n第二行\t缩进", null, List.of())));
  }

  @Test
  void nestedRecordsAndListsAreNamedByTheirPath() {
    assertEquals(
        List.of(
            new FieldViolation("writer.phone", "input.controlCharacter", Map.of()),
            new FieldViolation("others[1].name", "input.controlCharacter", Map.of())),
        TextScreening.violations(
            new Letter(
                "标题",
                "内容",
                new Writer("张三", "138\u0000"),
                List.of(new Writer("李四", null), new Writer("王\u0007五", null)))));
  }

  @Test
  void textOfUnicodeSpacesIsBlankWhereTheFieldMustNotBe() {
    assertEquals(
        List.of(new FieldViolation("title", "case.title.required", Map.of())),
        TextScreening.violations(new Letter("\u3000\u3000\u00A0", "\u3000", null, List.of())));
    // ASCII blanks are Bean Validation's own finding, not reported twice
    assertEquals(List.of(), TextScreening.violations(new Letter("   ", null, null, List.of())));
    assertEquals(
        List.of(new FieldViolation("writer.name", "writer.name.required", Map.of())),
        TextScreening.violations(new Letter("标题", null, new Writer("\u2003", null), List.of())));
  }
}
