package cn.gov.bizenv.casetracking.application.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.directory.NewUnit;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same rules for pages, the API and imports: field names, message keys and quotable limits. */
class InputValidationTest {
  InputValidation validation;

  @BeforeEach
  void validator() {
    validation = InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
  }

  @Test
  void listsEveryInvalidFieldWithItsMessageKey() {
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> validation.check(new NewCase(null, " ", null, null)));
    assertEquals(
        List.of("channel", "concernedUnitId", "content", "title"),
        invalid.violations().stream().map(FieldViolation::field).toList());
    assertEquals("case.title.required", invalid.violations().get(3).messageKey());
  }

  @Test
  void quotesTheLimitABoundedFieldBroke() {
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> validation.check(new NewUnit("长".repeat(101), UnitKind.SPECIAL_GROUP)));
    FieldViolation name = invalid.violations().get(0);
    assertEquals("unit.name.size", name.messageKey());
    assertEquals(100, name.attributes().get("max"));
  }

  /** A JSON body of "null" reaches the checks as null; Bean Validation itself would throw. */
  @Test
  void aMissingCommandIsOneViolationNotAnException() {
    assertEquals(
        java.util.List.of(
            new cn.gov.bizenv.casetracking.domain.shared.FieldViolation(
                "", "input.missing", java.util.Map.of())),
        validation.violations(null));
  }

  @Test
  void validInputPassesAndMissingInputIsRefused() {
    assertDoesNotThrow(() -> validation.check(new NewCase(Channel.MAYOR_MAILBOX, "标题", "内容", 1L)));
    assertThrows(InvalidInputException.class, () -> validation.check(null));
  }
}
