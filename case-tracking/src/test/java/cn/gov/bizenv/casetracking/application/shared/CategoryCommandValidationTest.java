package cn.gov.bizenv.casetracking.application.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.directory.NewCategory;
import cn.gov.bizenv.casetracking.application.directory.RenameCategory;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryName;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Category commands are checked by the same rules as the entity and the import. */
class CategoryCommandValidationTest {
  InputValidation validation;

  @BeforeEach
  void validator() {
    validation = InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
  }

  @Test
  void namesAreRequiredBoundedAndFreeOfSlashes() {
    assertEquals(List.of("category.name.required"), keys(new NewCategory(1L, " ")));
    assertEquals(
        List.of("category.name.size"),
        keys(new NewCategory(null, "名".repeat(CategoryName.MAX + 1))));
    assertEquals(List.of("category.name.slash"), keys(new RenameCategory("水/电", 0)));
    assertDoesNotThrow(() -> validation.check(new NewCategory(null, "名".repeat(CategoryName.MAX))));
  }

  @Test
  void theCategoryOfANewCaseIsOptional() {
    assertDoesNotThrow(() -> validation.check(new NewCase(Channel.FIRM_REQUEST, "标题", "内容", 1L)));
    assertDoesNotThrow(
        () -> validation.check(new NewCase(Channel.FIRM_REQUEST, "标题", "内容", 1L, 5L)));
  }

  private List<String> keys(Object command) {
    return assertThrows(InvalidInputException.class, () -> validation.check(command))
        .violations()
        .stream()
        .map(FieldViolation::messageKey)
        .toList();
  }
}
