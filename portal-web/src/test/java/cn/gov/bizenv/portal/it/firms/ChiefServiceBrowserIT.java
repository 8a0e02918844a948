package cn.gov.bizenv.portal.it.firms;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Chief service as people use it, in Chinese: an officer logs a visit, an administrator imports.
 */
@ExtendWith(BrowserPerTest.class)
class ChiefServiceBrowserIT extends PortalIT {

  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void anOfficerLogsAVisitWhoseProblemBecomesACaseShownWithItsStatus() {
    browser.signIn("officer", DemoAccounts.PASSWORD);
    browser.find(id("menuForm:menuOfficerHome")).click();
    browser.waitForText("h1", "我的工作台");
    WebElement firstFirm = browser.find(id("myFirmsForm:myFirmsTable_data") + " a.firm-link");
    String firmName = firstFirm.getText();
    String firmId = firstFirm.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
    browser.open("visits/edit.xhtml?firmId=" + firmId);
    browser.waitForText(id("firmName"), firmName);

    // Held is the default; without a summary the message appears next to the field.
    browser.find(id("visitForm:save")).click();
    browser.waitForText("body", "请填写走访纪要。");

    String marker = UUID.randomUUID().toString().substring(0, 6);
    browser.type(id("visitForm:peopleMet"), "总经理、财务总监");
    browser.type(id("visitForm:summary"), "了解企业一季度生产情况，企业反映融资难。" + marker);
    browser.find(id("visitForm:addProblem")).click();
    browser.type(id("visitForm:problemList:0:title"), "流动资金贷款审批慢 " + marker);
    browser.type(id("visitForm:problemList:0:content"), "企业申请的流动资金贷款已两个月未获审批，希望协调银行加快办理。");
    browser.find(id("visitForm:save")).click();

    browser.wait.until(ExpectedConditions.urlContains("visits/detail.xhtml"));
    assertEquals("已走访", browser.text(id("status")));
    assertTrue(browser.text(id("summary")).contains(marker));
    List<WebElement> rows =
        browser.driver.findElements(By.cssSelector(id("casesTable_data") + " tr"));
    assertEquals(1, rows.size());
    String row = rows.get(0).getText();
    assertTrue(row.matches("(?s)\\d{4}SQ\\d{8}.*"), row);
    assertTrue(row.contains("流动资金贷款审批慢 " + marker), row);
    assertTrue(row.contains("待受理"), "the case's live status: " + row);
  }

  @Test
  void anAdministratorPreviewsAnImportWithOneInvalidCreditCodeAndImportsTheValidRow()
      throws IOException {
    browser.signIn("admin", DemoAccounts.PASSWORD);
    browser.open("firms/import.xhtml");
    browser.waitForText("h1", "批量分配首席服务员");
    String marker = "浏览器导入" + UUID.randomUUID().toString().substring(0, 6);
    Path file = Files.createTempFile("assignments", ".xlsx");
    Files.write(
        file,
        TestFiles.workbook(
            new String[] {"企业名称", "统一社会信用代码", "行业", "规模", "县区", "服务员"},
            new String[] {marker + "有限公司", ChiefServiceIT.validCode(), "C", "小型", "华龙区", "officer"},
            new String[] {marker + "股份公司", "91410902MA1234567X", "C", "小型", "华龙区", "officer"}));
    browser
        .driver
        .findElement(By.cssSelector("#uploadForm input[type=file]"))
        .sendKeys(file.toString());
    browser.find(id("uploadForm:preview")).click();

    browser.waitForText(id("previewCounts"), "共 1 行有效，1 行有误。");
    String table = browser.text(id("previewForm:previewTable"));
    assertTrue(table.contains("校验位不正确"), table);
    assertTrue(table.contains("跳过"), table);
    browser.find(id("previewForm:importValid")).click();

    browser.wait.until(ExpectedConditions.urlContains("firms/coverage.xhtml"));
    browser.waitForText(id("messages"), "导入完成：新登记 1 家");
    browser.open("firms/list.xhtml");
    browser.type(id("firmsForm:text"), marker);
    browser.find(id("firmsForm:search")).click();
    // The unfiltered first page may already show the firm: wait for the search's answer, one row.
    By firmLinks = By.cssSelector(id("firmsForm:firmsTable_data") + " a.firm-link");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(firmLinks, 1));
    assertEquals(marker + "有限公司", browser.driver.findElement(firmLinks).getText());
    Files.deleteIfExists(file);
  }

  @Test
  void everyChiefServicePageOpensForItsRolesAndAnOfficerRecordsADeliveryStep() {
    browser.signIn("admin", DemoAccounts.PASSWORD);
    page("firms/list.xhtml", "重点企业与项目");
    browser.type(id("firmsForm:text"), "龙丰纸业");
    browser.find(id("firmsForm:search")).click();
    By firmLinks = By.cssSelector(id("firmsForm:firmsTable_data") + " a.firm-link");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(firmLinks, 1));
    WebElement firm = browser.driver.findElement(firmLinks);
    String firmId = firm.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
    firm.click();
    browser.waitForText("h1", "企业详情");
    assertTrue(
        browser.text(id("historyTable")).contains("现任"), "the demo firm has a current officer");
    page("firms/edit.xhtml?id=" + firmId, "编辑企业信息");
    page("firms/coverage.xhtml", "首席服务员覆盖情况");
    assertTrue(browser.text(id("loadsTable")).contains("赵磊"));
    page("policies/list.xhtml", "惠企政策库");
    browser.find(id("policiesForm:policiesTable_data") + " a.policy-link").click();
    browser.waitForText("h1", "政策详情");
    page("policies/edit.xhtml", "新增政策");
    page("policies/reach.xhtml", "政策落实统计");
    browser.driver.findElement(By.xpath("//*[@id='reachForm:grouping']//*[text()='按县区']")).click();
    browser.waitForText(id("reachForm:reachTable"), "华龙区");
    page("deliveries/list.xhtml", "政策送达");
    browser.find(id("logoutForm:logout")).click();

    browser.signIn("officer", DemoAccounts.PASSWORD);
    page("deliveries/list.xhtml", "政策送达");
    browser.find(id("deliveriesForm:deliveriesTable:0:advance")).click();
    browser.find(id("advanceForm:save")).click();
    browser.waitForText(id("messages"), "已登记进度");
    page("officer/home.xhtml", "我的工作台");
    assertTrue(
        browser.driver.findElements(By.cssSelector(".overdue-flag")).size() > 0,
        "overdue demo firms are flagged");
  }

  // Opens a page and checks its title; an error page would say 系统错误 or 无权访问 instead.
  private void page(String path, String title) {
    browser.open(path);
    browser.waitForText("h1", title);
    assertTrue(!browser.pageSource().contains("系统错误"), path);
  }
}
