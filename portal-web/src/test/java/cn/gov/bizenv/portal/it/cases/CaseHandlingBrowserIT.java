package cn.gov.bizenv.portal.it.cases;

import static cn.gov.bizenv.portal.it.Browser.id;
import static cn.gov.bizenv.portal.it.cases.CasePage.action;
import static cn.gov.bizenv.portal.it.cases.CasePage.actionButton;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Handling a case on its detail page, in a real browser: only the allowed actions, each in a
 * dialog.
 */
@ExtendWith(BrowserPerTest.class)
class CaseHandlingBrowserIT extends PortalIT {

  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void triageOfficerAcceptsAndDispatchesAndTheLeadUnitSignsFor() {
    String title = "个体工商户变更登记需跑多个窗口 " + UUID.randomUUID().toString().substring(0, 6);
    long id = recordThroughTheApi(title);

    browser.signIn("triage", DemoAccounts.PASSWORD);
    browser.open("cases/detail.xhtml?id=" + id);
    browser.waitForText(id("status"), "待受理");
    assertTrue(
        browser.driver.findElements(action("SIGN_FOR")).isEmpty(),
        "only the reader's actions are offered");
    assertFalse(browser.driver.findElements(action("REJECT")).isEmpty());

    browser.find(actionButton("ACCEPT")).click();
    browser.waitForText(id("dialogTitle"), "受理");
    assertTrue(
        browser.driver.findElements(By.cssSelector(id("actionForm:leadUnitId"))).isEmpty(),
        "accepting asks for a note only");
    browser.type(id("actionForm:note"), "属实，予以受理");
    browser.press(id("actionForm:submit"));
    browser.waitForText(id("status"), "已受理");
    browser.waitForText(id("timeline"), "属实，予以受理");
    dialogClosed();

    browser.find(actionButton("DISPATCH")).click();
    browser.waitForText(id("dialogTitle"), "派单");
    // Without a lead unit the error appears next to the field and the typed note stays.
    browser.choose("actionForm:leadUnitId", "请选择");
    browser.type(id("actionForm:note"), "请五个工作日内答复");
    browser.press(id("actionForm:submit"));
    browser.waitForText(id("actionDialog"), "请选择主办单位。");
    assertEquals("请五个工作日内答复", browser.find(id("actionForm:note")).getAttribute("value"));
    assertEquals("已受理", browser.text(id("status")), "nothing changed");

    browser.choose("actionForm:leadUnitId", "市市场监督管理局");
    browser.press(id("actionForm:submit"));
    browser.waitForText(id("status"), "已派单");
    assertEquals("市市场监督管理局", browser.text(id("leadUnit")));
    assertTrue(browser.text(id("timeline")).contains("主办：市市场监督管理局"));
    assertTrue(browser.pageSource().contains("已完成：派单"), "a success message is shown");

    browser.find(id("logoutForm:logout")).click();
    browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
    browser.signIn("unit", DemoAccounts.PASSWORD);
    browser.open("cases/detail.xhtml?id=" + id);
    browser.waitForText(id("status"), "已派单");
    assertTrue(browser.driver.findElements(action("ACCEPT")).isEmpty());
    browser.find(actionButton("SIGN_FOR")).click();
    browser.waitForText(id("dialogTitle"), "签收");
    browser.press(id("actionForm:submit"));
    browser.waitForText(id("status"), "办理中");
    assertTrue(browser.text(id("timeline")).contains("签收"));
    assertFalse(
        browser.driver.findElements(action("SUBMIT_REPLY")).isEmpty(),
        "the lead unit may now reply");

    browser.open("cases/print.xhtml?id=" + id);
    browser.waitForText("h1", "案件办理单");
    assertTrue(browser.text(id("caseTitle")).contains(title));
    assertTrue(browser.text(id("timeline")).contains("派单"));
    assertTrue(
        browser.driver.findElements(By.cssSelector(id("menuForm"))).isEmpty(),
        "the print view is plain");
  }

  private void dialogClosed() {
    browser.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("actionDialog"))));
  }

  private long recordThroughTheApi(String title) {
    ApiClient triage = apiAs("triage");
    long unitId =
        triage.get("api/units/active").structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(unit -> unit.getString("name").equals("市市场监督管理局"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String body =
        Json.createObjectBuilder()
            .add("channel", "NETIZEN_MESSAGE")
            .add("title", title)
            .add("content", "变更经营范围需要在市场监管、税务两个窗口分别提交材料。")
            .add("concernedUnitId", unitId)
            .build()
            .toString();
    ApiClient.Reply recorded = triage.post("api/cases", body);
    assertEquals(201, recorded.status(), recorded.toString());
    return recorded.json().getJsonNumber("id").longValue();
  }
}
