package cn.gov.bizenv.portal.it.accessibility;

import cn.gov.bizenv.portal.it.Browser;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page a browser shows, with the violations written
 * out one a line: the rule, its impact, the selectors of the elements it found and what to fix.
 *
 * <p>{@link #WRONGLY_REPORTED} is the one place where a violation axe reports wrongly is set aside:
 * by rule and element, with the reason, never by turning a rule off everywhere.
 */
final class AxeAudit {
  /** WCAG 2.0 and 2.1, levels A and AA: the level GB/T 37668-2019 and the issue aim at. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * Rule id → the selector (as axe names the element) of an element it reports wrongly, with the
   * reason. Empty while every page passes as it is.
   */
  static final Map<String, Map<String, String>> WRONGLY_REPORTED = Map.of();

  private AxeAudit() {}

  /** The page's violations, one line each, after the wrongly reported ones are set aside. */
  static List<String> violations(Browser browser, String page) {
    settle(browser);
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe failed on " + page + ": " + results.getErrorMessage());
    }
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        String target = String.valueOf(node.getTarget());
        if (wronglyReported(rule.getId(), target)) {
          continue;
        }
        found.add(
            page
                + ": "
                + rule.getId()
                + " ("
                + node.getImpact()
                + ") at "
                + target
                + " — "
                + rule.getHelp()
                + "; "
                + oneLine(node.getFailureSummary()));
      }
    }
    return found;
  }

  private static boolean wronglyReported(String rule, String target) {
    return WRONGLY_REPORTED.getOrDefault(rule, Map.of()).keySet().stream()
        .anyMatch(target::contains);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  /** Waits until the page has loaded and PrimeFaces' requests and animations are over. */
  static void settle(Browser browser) {
    browser.wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "return document.readyState === 'complete'"
                        + " && (!window.jQuery || (jQuery.active === 0"
                        + " && jQuery(':animated').length === 0));")));
  }
}
