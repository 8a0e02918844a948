package cn.gov.bizenv.portal.it;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.cases.BatchImportIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What people see, in a real browser, in Chinese by default. */
@ExtendWith(BrowserPerTest.class)
class BrowserIT extends PortalIT {

  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void triageOfficerRecordsACaseAndFindsItInTheList() {
    browser.signIn("triage", DemoAccounts.PASSWORD);
    assertEquals("张敏", browser.text(id("currentUserName")));
    assertEquals("营商环境领导小组办公室", browser.text(id("currentUnitName")));

    browser.find(id("menuForm:menuRecordCase")).click();
    browser.waitForText("h1", "登记案件");
    String title = "开办企业需重复提交材料 " + UUID.randomUUID().toString().substring(0, 6);

    // First try without content and unit: the errors appear next to the fields, the title stays.
    browser.choose("caseForm:channel", "市长信箱");
    browser.type(id("caseForm:title"), title);
    browser.find(id("caseForm:save")).click();
    browser.waitForText("body", "请填写内容。");
    assertTrue(browser.pageSource().contains("请选择涉及单位。"));
    assertFalse(browser.pageSource().contains("请选择来源渠道。"), "the chosen channel was kept");
    assertEquals("市长信箱", browser.text(id("caseForm:channel_label")));
    assertEquals(title, browser.find(id("caseForm:title")).getAttribute("value"));

    browser.type(id("caseForm:content"), "同一份营业执照复印件在三个窗口分别提交，希望推行一次提交、多方共享。");
    browser.choose("caseForm:concernedUnitId", "市行政审批和政务信息管理局");
    browser.find(id("caseForm:save")).click();

    browser.wait.until(ExpectedConditions.urlContains("cases/detail.xhtml"));
    String trackingNumber = browser.text(id("trackingNumber"));
    assertTrue(trackingNumber.matches("\\d{4}XX\\d{8}"), trackingNumber);
    assertEquals("待受理", browser.text(id("status")));
    assertTrue(browser.text(id("timeline")).contains("登记"));

    browser.find(id("menuForm:menuCases")).click();
    browser.type(id("casesForm:text"), title);
    browser.find(id("casesForm:search")).click();
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector(id("casesForm:casesTable_data") + " tr"), 1));
    assertTrue(browser.text(id("casesForm:casesTable")).contains(trackingNumber));
    assertTrue(browser.text(id("casesForm:casesTable")).contains(title));
  }

  @Test
  void triageOfficerImportsTheValidRowsOfABatchAfterThePreviewAndFindsThemInTheInbox()
      throws java.io.IOException {
    browser.signIn("triage", DemoAccounts.PASSWORD);
    browser.find(id("menuForm:menuImportCases")).click();
    browser.waitForText("h1", "批量导入上级交办件");
    String marker = "浏览器交办" + UUID.randomUUID().toString().substring(0, 6);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("batch", ".xlsx");
    java.nio.file.Files.write(
        file,
        TestFiles.workbook(
            BatchImportIT.HEADER,
            new String[] {marker + "甲", "反映办证难", "华龙区", "", "张三", "13812345678", ""},
            new String[] {marker + "乙", "反映收费乱", "不存在的局", "", "", "", ""}));
    browser
        .driver
        .findElement(org.openqa.selenium.By.cssSelector("#uploadForm input[type=file]"))
        .sendKeys(file.toString());
    browser.find(id("uploadForm:preview")).click();

    browser.waitForText(id("previewCounts"), "共 1 行有效，1 行有误。");
    String table = browser.text(id("previewForm:previewTable"));
    assertTrue(table.contains("找不到单位\"不存在的局\""), table);
    assertFalse(browser.find(id("previewForm:importAll")).isEnabled(), "not all rows are valid");

    // The source document is required before anything is stored.
    browser.find(id("previewForm:importValid")).click();
    browser.waitForText("body", "请填写来文（交办文件）");
    browser.type(id("previewForm:sourceDocument"), "省政府督查室 2026-15号");
    browser.find(id("previewForm:importValid")).click();
    browser.waitForText(id("previewForm:outcomeText"), "导入 1 件，跳过 1 行");

    browser.find(id("previewForm:batchCases")).click();
    browser.waitForText("h1", "案件列表");
    String list = browser.text(id("casesForm:casesTable"));
    assertTrue(list.contains(marker + "甲"), list);
    assertFalse(list.contains(marker + "乙"), list);

    browser.find(id("menuForm:menuInbox")).click();
    browser.waitForText("h1", "受理箱");
    browser.type(id("casesForm:text"), marker);
    browser.find(id("casesForm:search")).click();
    browser.waitForText(id("casesForm:casesTable"), "已等 0 个工作日");
    java.nio.file.Files.deleteIfExists(file);
  }

  @Test
  void administratorCreatesAUnitAndSeesValidationMessages() {
    browser.signIn("admin", DemoAccounts.PASSWORD);
    browser.open("admin/units.xhtml");
    browser.find(id("unitsForm:openCreate")).click();
    browser.find(id("createForm:save")).click();
    browser.waitForText(id("createUnitDialog"), "请填写单位名称。");

    String name = "营商环境监测中心" + UUID.randomUUID().toString().substring(0, 4);
    browser.type(id("createForm:name"), name);
    browser.choose("createForm:kind", "市直部门");
    browser.find(id("createForm:save")).click();
    browser.waitForText(id("messages"), "已新增单位：" + name);
    browser.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("createUnitDialog"))));
    browser.type(id("unitsForm:nameFilter"), name);
    browser.find(id("unitsForm:search")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(id("unitsForm:unitsTable")), name));
  }

  @Test
  void administratorCreatesAnAccountWhoseHolderThenSignsIn() {
    browser.signIn("admin", DemoAccounts.PASSWORD);
    browser.menu("系统管理", "menuForm:menuAccounts");
    browser.waitForText("h1", "账号管理");
    browser.find(id("accountsForm:openCreate")).click();
    browser.waitForText(id("accountDialogTitle"), "新增账号");
    String username = "clerk" + UUID.randomUUID().toString().substring(0, 5);
    browser.type(id("accountForm:username"), username);
    browser.type(id("accountForm:displayName"), "周丽");
    browser.choose("accountForm:unitId", "华龙区");
    browser
        .driver
        .findElement(By.xpath("//*[@id='accountForm:roles']//label[normalize-space()='承办单位']"))
        .click();
    browser.type(id("accountForm:password"), "short");
    browser.press(id("accountForm:save"));
    browser.waitForText(id("accountDialog"), "密码须为 12–128 个字符。");
    assertEquals(
        username,
        browser.find(id("accountForm:username")).getAttribute("value"),
        "the other input is kept");
    browser.type(id("accountForm:password"), "Clerk@2026-secret");
    browser.press(id("accountForm:save"));
    browser.waitForText(id("messages"), "已新增账号：" + username);
    browser.type(id("accountsForm:textFilter"), username);
    browser.find(id("accountsForm:search")).click();
    browser.waitForText(id("accountsForm:accountsTable"), "华龙区");
    assertTrue(browser.text(id("accountsForm:accountsTable")).contains("承办单位"));

    browser.signOut();
    browser.signIn(username, "Clerk@2026-secret");
    browser.waitForText(".portal-topbar", "周丽");
  }

  @Test
  void signedInPeopleAreRefusedPagesOutsideTheirRole() {
    browser.signIn("unit", DemoAccounts.PASSWORD);
    assertFalse(
        browser.pageSource().contains("menuRecordCase"),
        "a unit handler has no record-case menu item");
    browser.open("admin/units.xhtml");
    browser.waitForText("h1", "无权访问");
    browser.open("undeclared.xhtml");
    browser.waitForText("h1", "无权访问");
    browser.open("cases/detail.xhtml?id=987654321");
    browser.waitForText("h1", "页面不存在");
    assertFalse(browser.pageSource().contains(".java:"), "error pages never show a stack trace");
  }

  @Test
  void theLanguageCanBeSwitchedToEnglishAndSigningOutEndsTheSession() {
    browser.signIn("leader", DemoAccounts.PASSWORD);
    browser.waitForText("h1", "工作台");
    browser.find(id("languageForm:toEnglish")).click();
    browser.waitForText("h1", "Workbench");
    browser.find(id("menuForm:menuCases")).click();
    browser.waitForText("h1", "Cases");

    browser.find(id("logoutForm:logout")).click();
    browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
    browser.waitForText("body", "您已安全退出。");
    browser.open("cases/list.xhtml");
    browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }
}
