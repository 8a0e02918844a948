package cn.gov.bizenv.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryTextGuardTest {
  @Test
  void theFirstParameterWithAControlCharacterIsNamed() {
    assertEquals("q", QueryTextGuard.parameterWithControl("limit=5&q=%00"));
    assertEquals("status", QueryTextGuard.parameterWithControl("status=a%1Fb&q=%01"));
    assertEquals("?", QueryTextGuard.parameterWithControl("a%00b=1"));
  }

  @Test
  void ordinaryQueriesAndLineBreaksPass() {
    assertNull(QueryTextGuard.parameterWithControl(null));
    assertNull(QueryTextGuard.parameterWithControl(""));
    assertNull(QueryTextGuard.parameterWithControl("q=%E7%89%A9%E4%B8%9A&limit=20"));
    assertNull(QueryTextGuard.parameterWithControl("q=a%09b%0D%0Ac&flag"));
    assertNull(QueryTextGuard.parameterWithControl("q=%zz"));
  }
}
