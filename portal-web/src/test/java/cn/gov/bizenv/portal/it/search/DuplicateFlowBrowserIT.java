package cn.gov.bizenv.portal.it.search;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The duplicate flow in Chromium: a netizen's message about a street lamp is recorded; a mayor's
 * mailbox letter about the same lamp in other words is entered and the record form shows the first
 * as 可能重复; after saving, 相似案件 on the detail shows it and 并单 merges in one click; the list search 路灯
 * 华龙区 finds the first with the words highlighted.
 */
@ExtendWith(BrowserPerTest.class)
class DuplicateFlowBrowserIT extends PortalIT {
  Browser browser;

  @Test
  void aLetterAboutTheSameLampIsShownAsADuplicateAndMergedInOneClick() {
    String marker = "灯" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    ApiClient triage = apiAs("triage");
    String first =
        triage
            .post(
                "api/cases",
                Json.createObjectBuilder()
                    .add("channel", "NETIZEN_MESSAGE")
                    .add("title", "人民路与解放路交叉口路灯不亮 " + marker)
                    .add("content", "华龙区人民路与解放路交叉口的路灯已经坏了一个多星期，晚上路口一片漆黑，行人过马路很危险，希望尽快维修。")
                    .add("concernedUnitId", triage.unitId("华龙区"))
                    .build()
                    .toString())
            .json()
            .getString("trackingNumber");

    browser.signIn("triage", DemoAccounts.PASSWORD);
    browser.find(id("menuForm:menuRecordCase")).click();
    browser.waitForText("h1", "登记案件");
    browser.choose("caseForm:channel", "市长信箱");
    browser.type(id("caseForm:title"), "解放路口路灯坏了没人修");
    browser.type(
        id("caseForm:content"), "我家住在人民路解放路交叉口附近，路口的路灯坏了一周多，天黑后路口漆黑一片，过马路很不安全，请有关部门尽快修复路灯。");
    // Leaving the content field asks for possible duplicates.
    browser.find(id("caseForm:title")).click();
    browser.waitForText(id("caseForm:duplicates"), "可能重复");
    assertTrue(
        browser.text(id("caseForm:duplicates")).contains(first),
        browser.text(id("caseForm:duplicates")));
    assertTrue(browser.text(id("caseForm:duplicates")).contains("网民留言"));

    browser.choose("caseForm:concernedUnitId", "华龙区");
    browser.find(id("caseForm:save")).click();
    browser.wait.until(ExpectedConditions.urlContains("cases/detail.xhtml"));
    browser.waitForText(id("similarPanel"), first);

    browser.find(".merge-into").click();
    browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
    browser.waitForText(id("status"), "已并单");

    browser.find(id("menuForm:menuCases")).click();
    browser.type(id("casesForm:text"), "路灯 华龙区 " + marker);
    browser.find(id("casesForm:search")).click();
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector(id("casesForm:casesTable_data") + " tr"), 1));
    assertTrue(browser.text(id("casesForm:casesTable")).contains(first));
    assertEquals(
        2,
        browser
            .driver
            .findElements(By.cssSelector(id("casesForm:casesTable_data") + " .search-hit em"))
            .stream()
            .filter(em -> em.getText().equals("路灯") || em.getText().equals("华龙区"))
            .map(em -> em.getText())
            .distinct()
            .count(),
        "路灯 and 华龙区 are marked");
  }
}
