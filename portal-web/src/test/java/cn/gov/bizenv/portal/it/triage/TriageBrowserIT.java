package cn.gov.bizenv.portal.it.triage;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The suggestions where the officer decides, in a real browser: in the record form a click on a
 * suggested category classifies the case; in the dispatch dialog the suggested lead unit is offered
 * with its reason and a click selects it.
 */
@ExtendWith(BrowserPerTest.class)
class TriageBrowserIT extends PortalIT {
  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void theRecordFormAndTheDispatchDialogOfferTheSuggestionsWithTheirReasons() {
    ApiClient admin = apiAs("admin");
    StringBuilder csv = new StringBuilder("label,title,content,unit\n");
    for (String lamp : TriageIT.LAMPS) {
      csv.append("01.02.004,路灯故障,").append(lamp).append(",市住房和城乡建设局\n");
    }
    Reply imported =
        admin.post(
            "api/triage/training-examples",
            TriageIT.CSV,
            csv.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported.toString());
    assertEquals(200, admin.post("api/triage/model/retrain", "").status());

    browser.signIn("triage", DemoAccounts.PASSWORD);
    browser.open("cases/record.xhtml");
    browser.choose("caseForm:channel", "网民留言");
    browser.type(id("caseForm:title"), "路灯不亮 " + UUID.randomUUID().toString().substring(0, 6));
    browser.type(id("caseForm:content"), "人民路的路灯晚上不亮，行人看不见路，请维修路灯");
    browser.choose("caseForm:concernedUnitId", "华龙区");
    browser.find(id("caseForm:suggestCategory")).click();
    browser.waitForText(id("caseForm:triageSuggestions"), "城市公共设施");
    assertTrue(browser.text(id("caseForm:triageSuggestions")).contains("关键词"));
    browser.driver.findElement(By.cssSelector(".triage-choice")).click();
    browser.waitForText(id("caseForm:categoryPath"), "城乡建设 / 城市建设和市政管理 / 城市公共设施");
    browser.find(id("caseForm:save")).click();
    browser.wait.until(ExpectedConditions.urlContains("cases/detail.xhtml"));

    browser.find("#caseView button[data-action='ACCEPT']").click();
    browser.waitForText(id("dialogTitle"), "受理");
    browser.press(id("actionForm:submit"));
    browser.waitForText(id("status"), "已受理");
    browser.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("actionDialog"))));

    browser.find("#caseView button[data-action='DISPATCH']").click();
    browser.waitForText(id("dialogTitle"), "派单");
    browser.waitForText(id("actionForm:unitSuggestions"), "市住房和城乡建设局");
    assertTrue(
        browser.text(id("actionForm:unitSuggestions")).contains("件由市住房和城乡建设局主办"),
        browser.text(id("actionForm:unitSuggestions")));
    browser
        .driver
        .findElement(By.cssSelector(id("actionForm:unitSuggestions") + " .triage-choice"))
        .click();
    browser.waitForText(id("actionForm:leadUnitId_label"), "市住房和城乡建设局");
    browser.press(id("actionForm:submit"));
    browser.waitForText(id("status"), "已派单");
    assertEquals("市住房和城乡建设局", browser.text(id("leadUnit")));
  }
}
