package cn.gov.bizenv.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Layout checks shared by the browser tests of wide screens and phones. */
public final class PageLayout {
  private PageLayout() {}

  /** The page fits its viewport's width: nothing makes the reader scroll sideways. */
  public static void assertNoSidewaysScroll(Browser browser, String page) {
    Number overflow =
        (Number)
            browser.script(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
    assertFalse(overflow.intValue() > 0, page + " scrolls sideways by " + overflow + " px");
  }
}
