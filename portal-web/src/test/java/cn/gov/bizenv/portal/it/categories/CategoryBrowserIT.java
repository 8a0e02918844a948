package cn.gov.bizenv.portal.it.categories;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
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
 * The category pages in a real browser: the administrator's tree and import, and the case pickers.
 */
@ExtendWith(BrowserPerTest.class)
class CategoryBrowserIT extends PortalIT {

  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void administratorBrowsesTheTreeAndPreviewsAnImportWithAnInvalidRow() throws Exception {
    browser.signIn("admin", DemoAccounts.PASSWORD);
    browser.menu("系统管理", "menuForm:menuCategories");
    browser.waitForText("h1", "分类管理");
    List<WebElement> rows = treeRows();
    assertTrue(rows.size() >= 16, "top-level categories only, until one is opened");
    assertTrue(rows.get(0).getText().startsWith("城乡建设"), rows.get(0).getText());

    WebElement business =
        rows.stream().filter(row -> row.getText().startsWith("营商环境")).findFirst().orElseThrow();
    business.findElement(By.cssSelector(".ui-treetable-toggler")).click();
    browser.wait.until(
        driver -> treeRows().stream().anyMatch(row -> row.getText().startsWith("拖欠企业账款")));

    browser.find("#importPanelToggle").click();
    Path csv = Files.createTempFile("categories", ".csv");
    String group = "浏览器导入" + UUID.randomUUID().toString().substring(0, 4);
    Files.writeString(csv, "一级分类,二级分类,三级分类\n城乡建设,安全生产,安全隐患\n营商环境," + group + ",细项\n营商环境,,缺二级\n");
    browser
        .driver
        .findElement(By.cssSelector(id("importForm:file_input")))
        .sendKeys(csv.toString());
    browser.waitForText("#importSummary", "1 行有误");
    String preview = browser.text(id("importForm:previewTable"));
    assertTrue(preview.contains(group) && preview.contains("新增"), preview);
    assertTrue(preview.contains("填写了三级分类时，二级分类不能为空。"), preview);
    assertFalse(preview.contains("安全隐患"), "rows that exist are hidden until asked for");
    assertEquals("true", browser.find(id("importForm:confirmImport")).getAttribute("disabled"));
  }

  @Test
  void triageOfficerClassifiesACaseWithThePickerAndFindsItByItsTopLevel() {
    browser.signIn("triage", DemoAccounts.PASSWORD);
    browser.open("cases/record.xhtml");
    String title = "检查收费 " + UUID.randomUUID().toString().substring(0, 6);
    browser.choose("caseForm:channel", "损害营商环境投诉");
    browser.type(id("caseForm:title"), title);
    browser.type(id("caseForm:content"), "执法检查时要求企业缴纳检测费用。");
    browser.choose("caseForm:concernedUnitId", "华龙区");

    browser.find(id("caseForm:categoryId")).click();
    WebElement panel = browser.find(id("caseForm:categoryId_panel"));
    WebElement top = group(panel, "营商环境");
    top.findElement(By.xpath("./div")).click();
    WebElement fees = browser.wait.until(driver -> group(top, "涉企收费"));
    fees.findElement(By.xpath("./div")).click();
    browser
        .wait
        .until(
            ExpectedConditions.elementToBeClickable(
                fees.findElement(By.xpath(".//li//span[text()='乱罚款']"))))
        .click();
    browser.waitForText(id("caseForm:categoryPath"), "营商环境 / 涉企收费 / 乱罚款");

    browser.find(id("caseForm:save")).click();
    browser.wait.until(ExpectedConditions.urlContains("cases/detail.xhtml"));
    assertEquals("营商环境 / 涉企收费 / 乱罚款", browser.text(id("category")));

    browser.open("cases/list.xhtml");
    browser.choose("casesForm:category1", "营商环境");
    browser.wait.until(
        ExpectedConditions.elementToBeClickable(By.cssSelector(id("casesForm:category2"))));
    browser.type(id("casesForm:text"), title);
    browser.find(id("casesForm:search")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(id("casesForm:casesTable")), title));
    assertTrue(browser.text(id("casesForm:casesTable")).contains("营商环境 / 涉企收费 / 乱罚款"));
  }

  private List<WebElement> treeRows() {
    return browser.driver.findElements(By.cssSelector(id("treeForm:tree_data") + " > tr"));
  }

  // A cascade group is an item whose own label (not a descendant's) is the name.
  private static WebElement group(WebElement within, String name) {
    return within.findElement(
        By.xpath(
            ".//li[contains(@class,'ui-cascadeselect-item-group')][./div//span[text()='"
                + name
                + "']]"));
  }
}
