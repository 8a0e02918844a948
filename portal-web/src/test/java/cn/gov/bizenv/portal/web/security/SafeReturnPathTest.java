package cn.gov.bizenv.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeReturnPathTest {
  @ParameterizedTest
  @ValueSource(strings = {"/cases/list.xhtml", "/cases/detail.xhtml?id=5", "/admin/units.xhtml"})
  void pathsInsideThePortalAreKept(String path) {
    assertEquals(path, SafeReturnPath.of(path));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
        "cases/list.xhtml",
        "/api/cases",
        "/login.xhtml?next=/x",
        "javascript:alert(1)",
        "/x?u=http://evil"
      })
  void anythingElseGoesHome(String path) {
    assertEquals("/index.xhtml", SafeReturnPath.of(path));
  }
}
