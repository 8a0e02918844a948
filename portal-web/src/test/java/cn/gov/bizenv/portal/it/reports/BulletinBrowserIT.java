package cn.gov.bizenv.portal.it.reports;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The bulletin in a real browser: a supervisor drafts and submits one; a leader changes the
 * dashboard's period, drills from the overdue count to its cases and exports them to Excel (the
 * downloaded file's rows are the list's), then approves the bulletin and reads its PDF, whose
 * extracted text holds the Chinese title.
 */
@ExtendWith(BrowserPerTest.class)
class BulletinBrowserIT extends PortalIT {

  // Opened before and closed after each test by BrowserPerTest.
  Browser supervisor;
  Browser leader;

  @Test
  void aSupervisorDraftsALeaderReadsTheDashboardAndApproves() throws Exception {
    String title = "督查通报浏览器测试" + UUID.randomUUID().toString().substring(0, 6);
    supervisor.signIn("supervisor", DemoAccounts.PASSWORD);
    supervisor.find(id("menuForm:menuBulletins")).click();
    supervisor.waitForText("h1", "督查通报");
    supervisor.type(id("draftForm:title"), title);
    supervisor.find(id("draftForm:create")).click();
    supervisor.waitForText("#bulletinTitle", title);
    String url = supervisor.driver.getCurrentUrl();
    long bulletin = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    supervisor.type(id("bulletinForm:foreword"), "本月各单位办理情况总体平稳。");
    supervisor.find(id("bulletinForm:submit")).click();
    supervisor.waitForText(id("bulletinForm:status"), "待审核");
    assertTrue(supervisor.text("#bulletinFigures").contains("受理量"));

    leader.signIn("leader", DemoAccounts.PASSWORD);
    leader.find(id("menuForm:menuReports")).click();
    leader.waitForText("h1", "督查统计");
    leader.chooseAndApply("dashboardForm:choice", "本年", "dashboardForm:headline");
    assertEquals(
        LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1).toString(),
        leader.find(id("dashboardForm:from_input")).getAttribute("value"),
        "the preset moved the period to this year");
    leader.waitForText(id("dashboardForm:headline"), "超期未办");
    leader.waitForText(id("dashboardForm:coverageFigures"), "应走访企业数");
    List<WebElement> drills =
        leader.driver.findElements(
            By.cssSelector(id("dashboardForm:headline") + " a.report-drill"));
    WebElement overdue = drills.get(5); // Headline.OVERDUE
    String count = overdue.getText().trim();
    overdue.click();
    leader.waitForText("h1", "指标案件清单");
    assertTrue(leader.text(id("drillForm:figureName")).contains("超期未办案件"));
    String total = leader.text(id("drillForm:casesTable") + " .ui-paginator-current").trim();
    assertEquals(count, total, "the list's total is the dashboard's overdue count");
    Set<String> shown =
        leader
            .driver
            .findElements(By.cssSelector(id("drillForm:casesTable") + " a.case-link"))
            .stream()
            .map(WebElement::getText)
            .collect(Collectors.toCollection(TreeSet::new));

    leader.find(id("drillForm:export")).click();
    Path file = leader.awaitDownload(".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("案件编号", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(Integer.parseInt(total), sheet.getLastRowNum(), "one row per listed case");
      Set<String> exported = new TreeSet<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          exported.add(row.getCell(0).getStringCellValue());
        }
      }
      assertTrue(exported.containsAll(shown), "the export holds the cases on the page: " + shown);
    }

    leader.open("reports/bulletin.xhtml?id=" + bulletin);
    leader.waitForText("#bulletinTitle", title);
    leader.find(id("bulletinForm:approve")).click();
    leader.waitForText(id("bulletinForm:status"), "已通过");
    assertTrue(leader.pageSource().contains("审核通过时冻结"));
    String page = leader.text("body");
    assertEquals(
        1,
        page.split("通报已审核通过，内容已冻结存档。", -1).length - 1,
        "the approval notice shows once: " + page);
    assertTrue(
        leader
            .text("#bulletinForm .bulletin-asof")
            .matches(".*数据截至: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
        "the moment is written as a date and time: " + leader.text("#bulletinForm .bulletin-asof"));
    leader.open("reports/bulletin-print.xhtml?id=" + bulletin);
    assertEquals("返回通报详情", leader.text("#back"));
    leader.open("reports/bulletins.xhtml");
    leader.waitForText(id("listsForm:archiveTable"), title);

    byte[] pdf = fetch(leader, "api/bulletins/" + bulletin + "/bulletin.pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(text.contains("督查通报"), text);
      assertTrue(text.contains(title), text);
      assertTrue(text.contains("本月各单位办理情况总体平稳。"), text);
    }
  }

  /** Reads a file of the API as the signed-in browser, with its session cookie. */
  private byte[] fetch(Browser browser, String path) throws IOException, InterruptedException {
    URL root = onLoopback();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(root.toString()).resolve(path))
                    .header("Cookie", browser.cookieHeader())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), path);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    return response.body();
  }
}
