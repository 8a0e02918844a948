package cn.gov.bizenv.portal.it.shell;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PageLayout;
import cn.gov.bizenv.portal.it.PortalIT;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pages at a 1400 px screen and at a 1280×720 laptop: the header on two rows with the menu on
 * one, numbers on one line, no sideways scrolling, figures and charts side by side, readable
 * sign-out. Each page is also kept as a screenshot under {@code target/screenshots/layout-*}.
 */
class LayoutBrowserIT extends PortalIT {
  private static final int[][] SCREENS = {{1400, 900}, {1280, 720}};

  /** Elements of the selector whose content is wider than their box, or that wrap onto lines. */
  private static final String CLIPPED =
      "return Array.from(document.querySelectorAll(arguments[0]))"
          + ".filter(e => e.offsetParent !== null)"
          + ".filter(e => e.scrollWidth > e.clientWidth + 1"
          + " || (arguments[1] && Array.from(e.childNodes).some(n => {"
          + "   const r = document.createRange(); r.selectNodeContents(n);"
          + "   const lines = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top)));"
          + "   return lines.size > 1; })))"
          + ".map(e => e.textContent.trim() + ' [' + e.scrollWidth + '/' + e.clientWidth + ']');";

  @Test
  void theStaffPagesFitALaptopAndAWideScreen() {
    for (int[] screen : SCREENS) {
      try (Browser admin = new Browser(deployed)) {
        admin.viewport(screen[0], screen[1]);
        admin.signIn("admin", DemoAccounts.PASSWORD);
        String size = screen[0] + "x" + screen[1];
        shot(admin, "home", size);

        assertEquals(1L, menuRows(admin), size + ": the administrator's menu is one row");
        assertTrue(
            (Boolean) admin.script("return !!document.querySelector('.portal-topbar #bellForm');"),
            "the bell sits in the brand bar, beside the user");
        double contrast = contrast(admin, id("logoutForm:logout") + " .ui-button-text");
        assertTrue(contrast >= 4.5, size + ": 退出登录 contrast " + contrast + " (WCAG AA 4.5)");
        double menu = contrast(admin, "#menuForm .ui-menuitem-text");
        assertTrue(menu >= 4.5, size + ": menu text contrast " + menu + " (WCAG AA 4.5)");
        PageLayout.assertNoSidewaysScroll(admin, size + " home");

        admin.open("reports/ranking.xhtml");
        admin.find(id("weightsForm:weightsTable"));
        shot(admin, "ranking", size);
        assertEquals(
            List.of(),
            admin.script(CLIPPED, id("weightsForm:weightsTable") + " input", false),
            size + ": weight inputs show their whole value");
        PageLayout.assertNoSidewaysScroll(admin, size + " ranking");

        admin.open("reports/dashboard.xhtml");
        admin.chooseAndApply("dashboardForm:choice", "本年", "dashboardForm:headline");
        admin.find(id("dashboardForm:channelChart"));
        shot(admin, "dashboard", size);
        assertTrue(
            sideBySide(admin, id("dashboardForm:byChannel"), id("dashboardForm:channelChart")),
            size + ": the channel table and its chart side by side");
        assertTrue(
            sideBySide(admin, id("dashboardForm:headline"), id("dashboardForm:seriesChart")),
            size + ": the headline figures and the trend side by side");
        PageLayout.assertNoSidewaysScroll(admin, size + " dashboard");
      }

      try (Browser triage = new Browser(deployed)) {
        triage.viewport(screen[0], screen[1]);
        triage.signIn("triage", DemoAccounts.PASSWORD);
        String size = screen[0] + "x" + screen[1];
        triage.open("cases/list.xhtml?view=inbox");
        triage.find(id("casesForm:casesTable"));
        shot(triage, "inbox", size);
        assertEquals(
            List.of(),
            triage.script(CLIPPED, "td.case-col-number, td.case-col-days", true),
            size + ": tracking numbers and waiting days on one line, whole");
        double used =
            ((Number) triage.script("return document.querySelector('.portal-main').clientWidth;"))
                .doubleValue();
        assertTrue(used >= screen[0] - 60, size + ": the inbox uses the screen, " + used + " px");
        PageLayout.assertNoSidewaysScroll(triage, size + " inbox");
      }

      try (Browser citizen = new Browser(deployed)) {
        citizen.viewport(screen[0], screen[1]);
        String size = screen[0] + "x" + screen[1];
        citizen.open("public/letters.xhtml");
        citizen.find(id("navLetters"));
        shot(citizen, "letters", size);
        double width =
            ((Number) citizen.script("return document.querySelector('.portal-main').clientWidth;"))
                .doubleValue();
        assertTrue(width >= 900, size + ": the public letters page is " + width + " px wide");
        assertTrue(
            (Boolean)
                citizen.script(
                    "const a = Array.from(document.querySelectorAll('.portal-public-nav a'))"
                        + ".map(e => e.getBoundingClientRect());"
                        + "return a.length === 4 && a.every((r, i) => i === 0"
                        + " || r.top !== a[i-1].top || r.left - a[i-1].right >= 8);"),
            size + ": the public links stand apart");
        assertEquals(
            List.of(),
            citizen.script(CLIPPED, ".published-reply, .published-content", false),
            size + ": replies stay inside the page");
        PageLayout.assertNoSidewaysScroll(citizen, size + " letters");

        citizen.open("public/write.xhtml");
        citizen.find(id("letterForm:type"));
        shot(citizen, "write", size);
        assertEquals(
            List.of(),
            citizen.script(CLIPPED, id("letterForm:type") + " label", true),
            size + ": each letter type on one line");
        PageLayout.assertNoSidewaysScroll(citizen, size + " write");
      }
    }
  }

  private static long menuRows(Browser browser) {
    return ((Number)
            browser.script(
                "return new Set(Array.from(document.querySelectorAll("
                    + "'#menuForm\\\\:menu > ul > li')).filter(e => e.offsetParent !== null)"
                    + ".map(e => Math.round(e.getBoundingClientRect().top))).size;"))
        .longValue();
  }

  /** The WCAG contrast of an element's text on the first background behind it that is painted. */
  private static double contrast(Browser browser, String css) {
    return ((Number)
            browser.script(
                "const t = document.querySelector(arguments[0]);"
                    + "const rgba = s => (s.match(/[\\d.]+/g) || []).map(Number);"
                    + "let e = t, bg = null;"
                    + "while (e) { const c = rgba(getComputedStyle(e).backgroundColor);"
                    + " if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) { bg = c; break; }"
                    + " e = e.parentElement; }"
                    + "bg = bg || [255, 255, 255];"
                    + "const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;"
                    + " return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
                    + " return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
                    + "const fg = lum(rgba(getComputedStyle(t).color)), back = lum(bg);"
                    + "return (Math.max(fg, back) + 0.05) / (Math.min(fg, back) + 0.05);",
                css))
        .doubleValue();
  }

  private static boolean sideBySide(Browser browser, String left, String right) {
    return (Boolean)
        browser.script(
            "const a = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "const b = document.querySelector(arguments[1]).getBoundingClientRect();"
                + "return b.left >= a.right - 1 && Math.abs(a.top - b.top) < 80;",
            left,
            right);
  }

  private static void shot(Browser browser, String page, String size) {
    browser.screenshot(Path.of("target", "screenshots", "layout-" + page + "-" + size + ".png"));
  }
}
