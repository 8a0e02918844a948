package cn.gov.bizenv.portal.it.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.PortalIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a first visit costs: the public write page, the heaviest, arrives compressed and under 400
 * KB in all; versioned resources are kept by the browser, so a second visit fetches almost nothing,
 * while the portal's own unversioned styles are revalidated so that a new release shows at once.
 */
class PageWeightBrowserIT extends PortalIT {
  static final long FIRST_VISIT_LIMIT = 400_000;
  static final String TRANSFERRED =
      "return performance.getEntriesByType('navigation').concat("
          + "performance.getEntriesByType('resource'))"
          + ".reduce((sum, entry) => sum + entry.transferSize, 0);";

  @Test
  void theWritePageArrivesCompressedUnderItsBudgetAndIsCachedAfterwards() {
    try (Browser citizen = new Browser(deployed)) {
      citizen.open("public/write.xhtml");
      citizen.find("#letterForm\\:send");
      long first = transferred(citizen);
      assertTrue(first > 50_000, "the measure sees the page's resources: " + first);
      assertTrue(first < FIRST_VISIT_LIMIT, "first visit transfers " + first + " bytes");

      citizen.open("public/track.xhtml");
      citizen.open("public/write.xhtml");
      citizen.find("#letterForm\\:send");
      long second = transferred(citizen);
      assertTrue(second < first / 4, "a second visit reuses the cache: " + second + " bytes");
    }
  }

  @Test
  void scriptsAreCompressedAndVersionedResourcesKeptForAYear() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String page =
        http.send(
                HttpRequest.newBuilder(onLoopback().toURI().resolve("public/write.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    java.util.regex.Matcher script =
        java.util.regex.Pattern.compile("src=\"([^\"]*components\\.js[^\"]*)\"").matcher(page);
    assertTrue(script.find(), "the page loads PrimeFaces' components");
    URI versioned = onLoopback().toURI().resolve(script.group(1).replace("&amp;", "&"));
    HttpResponse<byte[]> js =
        http.send(
            HttpRequest.newBuilder(versioned).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, js.statusCode());
    assertEquals("gzip", js.headers().firstValue("Content-Encoding").orElse(""));
    assertEquals(
        "public, max-age=31536000, immutable", js.headers().firstValue("Cache-Control").orElse(""));

    java.util.regex.Matcher style =
        java.util.regex.Pattern.compile("href=\"([^\"]*portal\\.css[^\"]*)\"").matcher(page);
    assertTrue(style.find(), "the page loads the portal's styles");
    HttpResponse<byte[]> css =
        http.send(
            HttpRequest.newBuilder(
                    onLoopback().toURI().resolve(style.group(1).replace("&amp;", "&")))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("no-cache", css.headers().firstValue("Cache-Control").orElse(""));
  }

  private static long transferred(Browser browser) {
    return ((Number) ((JavascriptExecutor) browser.driver).executeScript(TRANSFERRED)).longValue();
  }
}
