package cn.gov.bizenv.portal.it.tasks;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TestFiles;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The task pages in a real browser, as far as the Done-means flow is built: the office assigns a
 * task to a special group (over the API); a member unit finds it in its ledger from the menu and
 * files a monthly report with an attachment on the detail page; a task whose milestone the sweep
 * found missed shows 逾期 and its working days late on the leader's ledger.
 */
@ExtendWith(BrowserPerTest.class)
class TaskBrowserIT extends PortalIT {

  Browser browser; // opened before and closed after each test by BrowserPerTest

  @Test
  void aMemberUnitFilesAReportWithEvidenceAndAMissedMilestoneShowsOverdue() throws Exception {
    ApiClient triage = apiAs("triage");
    String mark = UUID.randomUUID().toString().substring(0, 6);
    LocalDate today = LocalDate.now();
    long id =
        created(
            triage,
            "{\"source\":\"ACTION_PLAN\",\"sourceReference\":\"三年行动方案第21项\",\"content\":\"推行一网通办 "
                + mark
                + "\",\"leadUnitId\":"
                + triage.unitId("政务服务专项小组")
                + ",\"responsiblePerson\":\"王敏\",\"deadline\":\""
                + today.plusMonths(3)
                + "\",\"cadence\":\"MONTHLY\",\"milestones\":[{\"title\":\"系统上线\",\"dueOn\":\""
                + today.plusMonths(2)
                + "\"}]}");

    browser.signIn("unit", DemoAccounts.PASSWORD);
    browser.find(id("menuForm:menuTasks")).click();
    browser.waitForText("h1", "督查事项台账");
    browser.waitForText(id("ledgerForm:tasksTable"), "推行一网通办 " + mark);
    browser.driver.findElement(By.linkText("推行一网通办 " + mark)).click();
    browser.waitForText("h1", "督查事项");
    assertTrue(browser.text(id("lead")).contains("政务服务专项小组"), browser.text(id("lead")));

    browser.type(id("reportForm:done"), "完成全市政务服务事项梳理");
    browser.type(id("reportForm:nextSteps"), "推进系统对接");
    browser.type(id("reportForm:percentComplete_input"), "30");
    Path evidence = Files.createTempDirectory("task").resolve("进展佐证.png");
    Files.write(evidence, TestFiles.png());
    browser
        .driver
        .findElement(By.cssSelector(id("reportForm:evidence_input")))
        .sendKeys(evidence.toString());
    browser.waitForText(id("reportForm:chosen"), "进展佐证.png");
    browser.press(id("reportForm:file"));
    browser.waitForText(id("periods"), "已报送");
    browser.waitForText(".task-report", "完成全市政务服务事项梳理");
    browser.waitForText(".task-report", "进展佐证.png");
    JsonObject detail = triage.get("api/tasks/" + id).json();
    assertEquals("IN_PROGRESS", detail.getJsonObject("task").getString("status"));
    assertEquals(
        1,
        detail.getJsonArray("reports").getJsonObject(0).getJsonArray("attachments").size(),
        "the evidence is kept with the report");

    // A task whose milestone passed: the sweep marks it 逾期 and the ledger shows the days late.
    LocalDate start = today.minusMonths(3).withDayOfMonth(1);
    long late =
        created(
            triage,
            "{\"source\":\"MEETING_DECISION\",\"content\":\"清理拖欠账款 "
                + mark
                + "\",\"leadUnitId\":"
                + triage.unitId("华龙区")
                + ",\"deadline\":\""
                + today.plusMonths(1)
                + "\",\"cadence\":\"MONTHLY\",\"startsOn\":\""
                + start
                + "\",\"milestones\":[{\"title\":\"摸清底数\",\"dueOn\":\""
                + start.plusMonths(1)
                + "\"}]}");
    Reply swept = apiAs("supervisor").post("api/tasks/sweep", "");
    assertEquals(200, swept.status(), swept.toString());
    browser.signOut();
    browser.signIn("leader", DemoAccounts.PASSWORD);
    browser.open("tasks/ledger.xhtml?overdue=true");
    browser.waitForText(id("ledgerForm:tasksTable"), "清理拖欠账款 " + mark);
    String row =
        browser.driver.findElement(By.xpath("//tr[.//a[text()='清理拖欠账款 " + mark + "']]")).getText();
    assertTrue(row.contains("逾期"), row);
    assertTrue(row.matches("(?s).*逾期 \\d+ 个工作日.*"), row);
    assertEquals(
        "OVERDUE",
        triage.get("api/tasks/" + late).json().getJsonObject("task").getString("status"));
  }

  private static long created(ApiClient client, String json) {
    Reply reply = client.post("api/tasks", json);
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getJsonObject("task").getJsonNumber("id").longValue();
  }
}
