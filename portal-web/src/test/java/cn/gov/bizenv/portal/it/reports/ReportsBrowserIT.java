package cn.gov.bizenv.portal.it.reports;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The report pages in a real browser: a leader's dashboard, a drill-down and the ranking. */
@ExtendWith(BrowserPerTest.class)
class ReportsBrowserIT extends PortalIT {

  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void aLeaderChangesThePeriodAndDrillsFromAFigureToItsCases() {
    browser.signIn("leader", DemoAccounts.PASSWORD);
    browser.find(id("menuForm:menuReports")).click();
    browser.waitForText("h1", "督查统计");
    browser.chooseAndApply("dashboardForm:choice", "本年", "dashboardForm:headline");
    assertEquals(
        LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1).toString(),
        browser.find(id("dashboardForm:from_input")).getAttribute("value"),
        "the preset moved the period to this year");
    browser.waitForText(id("dashboardForm:headline"), "受理量");
    // The officer coverage, read beside the case figures, shows what the coverage API counts.
    String year =
        "from="
            + browser.find(id("dashboardForm:from_input")).getAttribute("value")
            + "&to="
            + browser.find(id("dashboardForm:to_input")).getAttribute("value");
    JsonObject coverage = apiAs("leader").get("api/reports/coverage?" + year).json();
    for (String figure : List.of("firmsDue", "firmsVisited", "visitsHeld", "problemsRaised")) {
      assertEquals(
          coverage.getJsonObject("coverage").getJsonNumber(figure).toString(),
          browser.text(id("dashboardForm:" + figure)).trim(),
          figure + " on the page and from the API");
    }
    assertEquals(
        coverage.getJsonNumber("firmRequests").toString(),
        browser.text(id("dashboardForm:firmRequests")).trim());
    assertFalse(
        browser
            .driver
            .findElements(By.cssSelector(id("dashboardForm:seriesChart") + " canvas"))
            .isEmpty());

    List<WebElement> drills =
        browser.driver.findElements(
            By.cssSelector(id("dashboardForm:headline") + " a.report-drill"));
    assertEquals(12, drills.size(), "every headline figure links to its cases");
    assertTrue(
        browser.text(id("dashboardForm:batch")).contains("全部案件（不限交办批次）"),
        "the dashboard offers the imported batches");
    String received = drills.get(0).getText();
    drills.get(0).click();
    browser.waitForText("h1", "指标案件清单");
    assertTrue(browser.text(id("drillForm:figureName")).contains("受理案件"));
    String report = browser.text(id("drillForm:casesTable") + " .ui-paginator-current");
    assertEquals(received, report.trim(), "the list's total is the dashboard's number");

    browser.open("reports/ranking.xhtml");
    browser.waitForText("h1", "承办单位评价考核");
    assertTrue(browser.text(id("weightsForm:weightsTable")).contains("按时答复"));
    assertTrue(
        browser.driver.findElements(By.cssSelector(id("weightsForm:saveWeights"))).isEmpty(),
        "leaders read the weights");

    // From a unit's component count in the ranking to the same lazy list, restricted to the unit.
    browser.chooseAndApply("rankingForm:choice", "本年", "rankingForm:rankingTable");
    browser.find(id("rankingForm:rankingTable"));
    List<WebElement> counts =
        browser.driver.findElements(
            By.cssSelector(id("rankingForm:rankingTable") + " a.report-drill"));
    assertFalse(counts.isEmpty(), "the ranking's components link to their cases");
    WebElement link =
        counts.stream()
            .filter(a -> !a.getText().trim().equals("0"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo data gives some unit a case to list"));
    String count = link.getText().trim();
    link.click();
    browser.waitForText("h1", "指标案件清单");
    assertEquals(
        count,
        browser.text(id("drillForm:casesTable") + " .ui-paginator-current").trim(),
        "the list's total is the ranking's count");
    assertTrue(
        browser.driver.findElements(By.cssSelector(id("drillForm:casesTable") + " tbody tr")).size()
            > 0);
  }
}
