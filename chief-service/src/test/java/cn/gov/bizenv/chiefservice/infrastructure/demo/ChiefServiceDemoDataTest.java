package cn.gov.bizenv.chiefservice.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo firms would pass the register's own check: valid, distinct credit codes. */
class ChiefServiceDemoDataTest {
  @Test
  void demoCreditCodesAreValidAndDistinct() {
    List<String> codes = ChiefServiceDemoData.creditCodes();
    assertEquals(20, codes.size());
    assertEquals(codes.size(), new HashSet<>(codes).size());
    codes.forEach(code -> assertTrue(UnifiedSocialCreditCode.isValid(code), code));
  }
}
