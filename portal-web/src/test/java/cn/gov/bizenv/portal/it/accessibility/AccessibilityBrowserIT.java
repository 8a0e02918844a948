package cn.gov.bizenv.portal.it.accessibility;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
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

  @Test
  void theSupervisorsPagesPass() {
    try (Browser supervisor = new Browser(deployed)) {
      supervisor.signIn("supervisor", DemoAccounts.PASSWORD);
      draftABulletinUnlessOneIsListed(supervisor);
      assertNoViolations(
          "supervisor", audit(supervisor, "supervisor", RolePages.STAFF.get("supervisor")));
    }
  }

  private void auditStaff(String account) {
    try (Browser staff = new Browser(deployed)) {
      staff.signIn(account, DemoAccounts.PASSWORD);
      assertNoViolations(account, audit(staff, account, RolePages.STAFF.get(account)));
    }
  }

  /** The demo data has no bulletin: the supervisor drafts one, as on any first day. */
  static void draftABulletinUnlessOneIsListed(Browser supervisor) {
    supervisor.open("reports/bulletins.xhtml");
    AxeAudit.settle(supervisor);
    if (supervisor
        .driver
        .findElements(By.cssSelector("a[href*='reports/bulletin.xhtml']"))
        .isEmpty()) {
      supervisor.type(id("draftForm:title"), "督查通报（无障碍检查）");
      supervisor.press(id("draftForm:create"));
      supervisor.wait.until(ExpectedConditions.urlContains("reports/bulletin.xhtml"));
    }
  }

  /**
   * Every page in Chinese (the default) and in English, switched by the header's link, in the
   * standard look and then in the 长辈版, switched by the header's button. The senior look is an
   * account's setting: the walk ends in the standard look whatever happens, so that no other test
   * finds a demo account enlarged.
   */
  static List<String> audit(Browser browser, String who, List<RolePages.Page> pages) {
    List<String> found = new ArrayList<>();
    try {
      for (boolean senior : List.of(false, true)) {
        switchLook(browser, senior);
        for (String language : senior ? List.of("en", "zh-CN") : List.of("zh-CN", "en")) {
          switchLanguage(browser, language);
          for (RolePages.Page page : pages) {
            open(browser, page);
            String name = who + (senior ? " 长辈版 " : " ") + language + " " + page.name();
            assertEquals(
                language,
                browser.script("return document.documentElement.lang;"),
                name + ": the page's lang");
            if (senior) {
              found.addAll(SeniorLook.shortfalls(browser, name));
            }
            found.addAll(AxeAudit.violations(browser, name));
          }
        }
      }
    } finally {
      switchLook(browser, false);
    }
    return found;
  }

  /** Switches the look with the header's button unless the page already shows it. */
  static void switchLook(Browser browser, boolean senior) {
    if (SeniorLook.isOn(browser) == senior) {
      return;
    }
    WebElement html = browser.driver.findElement(By.tagName("html"));
    browser.press(id("lookForm:toggleLook"));
    browser.wait.until(ExpectedConditions.stalenessOf(html));
    browser.wait.until(d -> SeniorLook.isOn(browser) == senior);
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
    if (!follow(browser, page.follow())) {
      throw new AssertionError("no way from " + page.path() + " through " + page.follow());
    }
  }

  /**
   * Follows the links one address part after another; where a page has several (firms, of which
   * only some have visits), each is tried until the rest of the way can be followed.
   */
  private static boolean follow(Browser browser, List<String> parts) {
    if (parts.isEmpty()) {
      return true;
    }
    AxeAudit.settle(browser);
    List<String> hrefs =
        browser.driver.findElements(By.cssSelector("a[href*='" + parts.get(0) + "']")).stream()
            .map(a -> a.getAttribute("href"))
            .distinct()
            .limit(parts.size() > 1 ? 10 : 1)
            .toList();
    for (String href : hrefs) {
      browser.driver.get(href);
      if (follow(browser, parts.subList(1, parts.size()))) {
        return true;
      }
    }
    return false;
  }

  private static void assertNoViolations(String who, List<String> found) {
    assertEquals(
        List.of(),
        found,
        who + ": " + found.size() + " WCAG 2.1 AA violations\n" + String.join("\n", found));
  }
}
