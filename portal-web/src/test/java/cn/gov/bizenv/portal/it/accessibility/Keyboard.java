package cn.gov.bizenv.portal.it.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person with a keyboard and no mouse: keys go to whatever has the focus, and the way to a field
 * is the Tab key. Each element reached must show that it has the focus.
 */
final class Keyboard {
  /** More Tab presses than any page needs to reach its last control. */
  private static final int MOST_TABS = 120;

  private final Browser browser;

  Keyboard(Browser browser) {
    this.browser = browser;
  }

  /** Presses keys, as typed into the focused element. */
  void press(CharSequence... keys) {
    new Actions(browser.driver).sendKeys(keys).perform();
  }

  /**
   * Presses Tab until the focus is on an element matching {@code css}, and checks that the focus is
   * visible there.
   */
  WebElement tabTo(String css) {
    for (int i = 0; i < MOST_TABS; i++) {
      press(Keys.TAB);
      if (focusedMatches(css)) {
        WebElement focused = focused();
        assertFocusVisible(css);
        return focused;
      }
    }
    throw new AssertionError(MOST_TABS + " Tab presses never reached " + css);
  }

  WebElement focused() {
    return browser.driver.switchTo().activeElement();
  }

  boolean focusedMatches(String css) {
    return Boolean.TRUE.equals(
        browser.script(
            "const a = document.activeElement; return !!a && a.matches(arguments[0]);", css));
  }

  /**
   * The focused element, or the widget around a hidden input PrimeFaces focuses, is drawn with an
   * outline or a focus ring.
   */
  void assertFocusVisible(String what) {
    Object ring =
        browser.script(
            "let e = document.activeElement;"
                + "const shown = x => { const s = getComputedStyle(x);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
                + " || (s.boxShadow && s.boxShadow !== 'none'); };"
                + "for (let i = 0; e && i < 4; i++, e = e.parentElement) {"
                + " if (shown(e)) return true; }"
                + "return false;");
    assertTrue(Boolean.TRUE.equals(ring), "the focus is visible on " + what);
  }
}
