package cn.gov.bizenv.casetracking.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The field-by-field answer to settings out of range, as the pages show it beside each input and
 * the API lists it in {@code fields[]}: one violation per field, its message key and the bound.
 */
class TimeLimitSettingsTest {
  final InputValidation validation =
      InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void eachMissingNumberAndUnitIsNamed() {
    TimeLimitSettings empty =
        new TimeLimitSettings(null, null, null, null, null, null, null, null, null, null, null, 0);

    assertEquals(
        List.of(
            required("accountabilityAfter"),
            required("firstWarningPercent"),
            required("noticeAfter"),
            required("replyAmount"),
            unitRequired("replyUnit"),
            required("secondWarningPercent"),
            required("signOffWorkingDays"),
            required("supervisionOrderAfter"),
            required("totalAmount"),
            unitRequired("totalUnit"),
            required("urgeAfter")),
        validation.violations(empty));
  }

  @Test
  void aNumberBelowOneOrAboveItsFieldsBoundIsRefusedWithTheBound() {
    TimeLimitSettings outOfRange =
        new TimeLimitSettings(
            31, 251, LimitUnit.WORKING_DAYS, 0, LimitUnit.WORKING_DAYS, 100, 0, 251, 0, 251, 0, 0);

    assertEquals(
        List.of(
            min("accountabilityAfter"),
            max("firstWarningPercent", 99),
            max("noticeAfter", 250),
            max("replyAmount", 250),
            min("secondWarningPercent"),
            max("signOffWorkingDays", 30),
            min("supervisionOrderAfter"),
            min("totalAmount"),
            max("urgeAfter", 250)),
        validation.violations(outOfRange));
  }

  @Test
  void theBoundsThemselvesAreAllowed() {
    TimeLimitSettings atTheBounds =
        new TimeLimitSettings(
            30, 250, LimitUnit.WORKING_DAYS, 1, LimitUnit.WORKING_DAYS, 99, 1, 250, 1, 250, 1, 0);

    assertEquals(List.of(), validation.violations(atTheBounds));
  }

  private static FieldViolation required(String field) {
    return new FieldViolation(field, "number.required", Map.of("message", "{number.required}"));
  }

  private static FieldViolation unitRequired(String field) {
    return new FieldViolation(
        field, "timeLimit.unit.required", Map.of("message", "{timeLimit.unit.required}"));
  }

  private static FieldViolation min(String field) {
    return new FieldViolation(field, "number.min", Map.of("message", "{number.min}", "value", 1L));
  }

  private static FieldViolation max(String field, long bound) {
    return new FieldViolation(
        field, "number.max", Map.of("message", "{number.max}", "value", bound));
  }
}
