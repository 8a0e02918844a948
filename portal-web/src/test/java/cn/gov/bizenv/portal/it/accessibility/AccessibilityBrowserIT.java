package cn.gov.bizenv.portal.it.accessibility;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of every demo role, and the public's, passes axe-core's WCAG 2.1 A and AA rules with
 * no violation, in Chinese and in English. One browser per role walks all its pages in each
 * language; a failure lists every violation found (rule, impact, elements), not only the first.
 */
class AccessibilityBrowserIT extends PortalIT {

  @Test
  void thePublicPagesPassInBothLanguages() {
    try (Browser citizen = new Browser(deployed)) {
      citizen.open(RolePages.PUBLIC.get(0).path());
      assertNoViolations("public", audit(citizen, "public", RolePages.PUBLIC));
    }
  }

  @Test
  void theTriageOfficersPagesPass() {
    auditStaff("triage");
  }

  @Test
  void theSupervisorsPagesPass() {
    auditStaff("supervisor");
  }

  @Test
  void theLeadersPagesPass() {
    auditStaff("leader");
  }

  @Test
  void theUnitHandlersPagesPass() {
    auditStaff("unit");
  }

  @Test
  void theChiefServiceOfficersPagesPass() {
    auditStaff("officer");
  }

  @Test
  void theAdministratorsPagesPass() {
    auditStaff("admin");
  }

  private void auditStaff(String account) {
    try (Browser staff = new Browser(deployed)) {
      staff.signIn(account, DemoAccounts.PASSWORD);
      assertNoViolations(account, audit(staff, account, RolePages.STAFF.get(account)));
    }
  }

  /** Every page in Chinese (the default), then in English, switched by the header's link. */
  static List<String> audit(Browser browser, String who, List<RolePages.Page> pages) {
    List<String> found = new ArrayList<>();
    for (String language : List.of("zh-CN", "en")) {
      switchLanguage(browser, language);
      for (RolePages.Page page : pages) {
        open(browser, page);
        String name = who + " " + language + " " + page.name();
        assertEquals(
            language,
            browser.script("return document.documentElement.lang;"),
            name + ": the page's lang");
        found.addAll(AxeAudit.violations(browser, name));
        browser.screenshot(
            Path.of(
                "target",
                "screenshots",
                "a11y-"
                    + who
                    + "-"
                    + language
                    + "-"
                    + page.name().replaceAll("[^a-z]+", "-")
                    + ".png"));
      }
    }
    return found;
  }

  private static void switchLanguage(Browser browser, String language) {
    String current = String.valueOf(browser.script("return document.documentElement.lang;"));
    if (current.equals(language)) {
      return;
    }
    WebElement html = browser.driver.findElement(By.tagName("html"));
    browser
        .find(id(language.equals("en") ? "languageForm:toEnglish" : "languageForm:toChinese"))
        .click();
    browser.wait.until(ExpectedConditions.stalenessOf(html));
    browser.wait.until(
        d -> language.equals(browser.script("return document.documentElement.lang;")));
  }

  private static void open(Browser browser, RolePages.Page page) {
    browser.open(page.path());
    for (String next : page.follow()) {
      AxeAudit.settle(browser);
      String href =
          browser.driver.findElements(By.cssSelector("a[href*='" + next + "']")).stream()
              .map(a -> a.getAttribute("href"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no link to " + next + " on " + page.path()));
      browser.driver.get(href);
    }
  }

  private static void assertNoViolations(String who, List<String> found) {
    assertEquals(
        List.of(),
        found,
        who + ": " + found.size() + " WCAG 2.1 AA violations\n" + String.join("\n", found));
  }
}
