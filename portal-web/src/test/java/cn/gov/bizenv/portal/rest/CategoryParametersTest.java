package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The category filter and the import's dry-run flag, as query parameters. */
class CategoryParametersTest {
  @Test
  void categoryCodesAreCheckedForTheirShape() {
    assertEquals("01.02", QueryParameters.categoryCode(" 01.02 ", "category"));
    assertNull(QueryParameters.categoryCode("", "category"));
    FieldViolation refused = refused(() -> QueryParameters.categoryCode("01%", "category"));
    assertEquals("category", refused.field());
    assertEquals("param.category", refused.messageKey());
  }

  @Test
  void onlyAnExplicitFalseTurnsTheDryRunOff() {
    assertEquals(true, QueryParameters.flag(null, true, "dryRun"));
    assertEquals(false, QueryParameters.flag("FALSE", true, "dryRun"));
    assertEquals(true, QueryParameters.flag("true", true, "dryRun"));
    assertEquals("dryRun", refused(() -> QueryParameters.flag("no", true, "dryRun")).field());
  }

  private static FieldViolation refused(Runnable call) {
    return assertThrows(InvalidInputException.class, call::run).violations().get(0);
  }
}
