package cn.gov.bizenv.portal.it.cases;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.BrowserPerTest;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The demo walk of the case-tracking issue, page by page in Chromium, each step by the demo account
 * whose job it is: a 市长信箱 case from intake through extension, review, closing, a bad rating and 重办
 * to its second closing; and a case left unanswered, which the sweep warns about and then urges,
 * and which the supervisor finds on the overdue board.
 *
 * <p>Working days pass through the portal's test clock (see PortalClock): the test writes the
 * offset into the file the failsafe executions name in PORTAL_TEST_CLOCK_OFFSET_FILE, and runs the
 * sweep at once as a supervisor instead of waiting for its timer.
 */
@ExtendWith(BrowserPerTest.class)
class CaseWalkBrowserIT extends PortalIT {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String MARKET = "市市场监督管理局";
  private static final String HUALONG = "华龙区";

  Browser browser; // opened before and closed after each test by BrowserPerTest
  CasePage page;

  @BeforeEach
  void open() throws IOException {
    resetClock();
    page = new CasePage(browser);
  }

  @AfterEach
  void close() throws IOException {
    resetClock();
  }

  @Test
  void aMayorMailboxCaseIsHandledExtendedClosedRatedBadlyReopenedAndClosedAgain() {
    String title = "企业开办“一网通办”仍要求现场核验 " + UUID.randomUUID().toString().substring(0, 6);

    // Intake: the triage officer records the letter and accepts it.
    as("triage");
    long id = page.record("市长信箱", title, "在网上提交了全部材料，仍被要求到窗口现场核验身份，希望取消重复核验。", MARKET);
    assertEquals("待受理", page.status());
    assertEquals("市长信箱", browser.text(id("channel")));
    assertEquals(List.of("RECORDED"), page.timeline());
    assertEquals(
        List.of("ACCEPT", "REJECT", "MERGE"), page.offered(), "triage's choices on a new case");

    page.perform("ACCEPT", "受理", dialog -> dialog.type(id("actionForm:note"), "反映属实，予以受理"));
    assertEquals("已受理", page.status());
    assertTrue(page.lastEntry("ACCEPT").contains("反映属实，予以受理"));

    // Dispatch to a lead unit with an assisting unit.
    page.perform(
        "DISPATCH",
        "派单",
        dialog -> {
          dialog.choose("actionForm:leadUnitId", MARKET);
          dialog.check("actionForm:assistingUnitIds", HUALONG);
          dialog.type(id("actionForm:note"), "请市市场监督管理局主办，华龙区协办");
        });
    assertEquals("已派单", page.status());
    assertEquals(MARKET, browser.text(id("leadUnit")));
    assertEquals(HUALONG, browser.text(id("assistingUnits")));
    String dispatch = page.lastEntry("DISPATCH");
    assertTrue(dispatch.contains("主办：" + MARKET) && dispatch.contains("协办：" + HUALONG), dispatch);
    LocalDate firstReplyDue = LocalDate.parse(browser.text(id("replyDue")));

    // The assisting unit sees the case but may not sign for it.
    as("county");
    page.open(id);
    assertEquals("已派单", page.status());
    assertFalse(page.offers("SIGN_FOR"), "only the lead unit signs for a case");
    assertEquals(List.of(), page.offered());

    as("unit");
    page.open(id);
    assertFalse(page.offers("ACCEPT"));
    assertTrue(page.offers("RETURN_TO_TRIAGE"), "a misrouted case can be returned");
    page.perform("SIGN_FOR", "签收");
    assertEquals("办理中", page.status());
    assertTrue(page.offers("SUBMIT_REPLY") && page.offers("REQUEST_EXTENSION"));

    // The assisting unit reports progress and gives its opinion, and nothing more.
    as("county");
    page.open(id);
    assertEquals("办理中", page.status());
    assertEquals(List.of("RECORD_PROGRESS", "ASSIST_OPINION"), page.offered());
    page.perform(
        "RECORD_PROGRESS",
        "办理进展",
        dialog -> dialog.type(id("actionForm:note"), "华龙区政务服务中心已停止对网办件的现场核验"));
    assertTrue(page.lastEntry("RECORD_PROGRESS").contains("已停止对网办件的现场核验"));

    // Extension: the lead unit asks, the office approves and the reply deadline moves.
    as("unit");
    page.open(id);
    page.perform(
        "REQUEST_EXTENSION",
        "申请延期",
        dialog -> {
          dialog.type(id("actionForm:extensionDays"), "5");
          dialog.type(id("actionForm:note"), "需与省级平台对接身份核验数据");
        });
    assertEquals("办理中", page.status());
    assertTrue(browser.text(id("pendingExtension")).contains("5 个工作日"));
    assertTrue(page.lastEntry("REQUEST_EXTENSION").contains("天数：5 个工作日"));
    assertFalse(page.offers("REQUEST_EXTENSION"), "one request at a time");
    assertFalse(page.offers("APPROVE_EXTENSION"), "a unit does not approve its own extension");

    as("triage");
    page.open(id);
    assertTrue(page.offers("REFUSE_EXTENSION"));
    assertFalse(page.offers("SUBMIT_REPLY"), "the office does not reply for the unit");
    page.perform("APPROVE_EXTENSION", "同意延期");
    assertTrue(browser.driver.findElements(By.cssSelector(id("pendingExtension"))).isEmpty());
    assertTrue(browser.text(id("casePanel")).contains("已批准延期"));
    LocalDate extendedReplyDue = LocalDate.parse(browser.text(id("replyDue")));
    assertTrue(extendedReplyDue.isAfter(firstReplyDue), firstReplyDue + " -> " + extendedReplyDue);

    // Reply drafted by the unit, reviewed by the office.
    as("unit");
    page.open(id);
    page.perform(
        "SUBMIT_REPLY",
        "提交答复",
        dialog -> dialog.type(id("actionForm:reply"), "已与省级平台对接，正在逐步取消网办件的现场核验。"));
    assertEquals("已答复", page.status());
    assertFalse(page.offers("APPROVE_REPLY_AND_CLOSE"), "a unit does not review its own reply");

    as("supervisor");
    page.open(id);
    assertTrue(page.offers("SEND_REPLY_BACK"));
    page.perform(
        "APPROVE_REPLY_AND_CLOSE",
        "审核通过并办结",
        dialog -> dialog.choose("actionForm:outcome", "B 正在解决"));
    assertEquals("已办结", page.status());
    assertEquals("B 正在解决", browser.text(id("outcome")));
    assertTrue(page.lastEntry("APPROVE_REPLY_AND_CLOSE").contains("办理结果：B 正在解决"));

    // Follow-up with a bad rating, which calls for 重办.
    as("triage");
    page.open(id);
    page.perform(
        "FOLLOW_UP",
        "回访",
        dialog -> {
          dialog.choose("actionForm:satisfaction", "不满意");
          dialog.type(id("actionForm:note"), "来信人表示仍被要求现场核验");
        });
    assertEquals("已回访", page.status());
    assertEquals("不满意", browser.text(id("satisfaction")));
    assertEquals("回访为差评，需重办整改。", browser.text(id("reopenDue")));
    page.perform("REOPEN", "重办", dialog -> dialog.type(id("actionForm:note"), "回访不满意，请彻底取消重复核验"));
    assertEquals("办理中", page.status());
    assertEquals("1", browser.text(id("reopenCount")));
    assertTrue(browser.driver.findElements(By.cssSelector(id("reopenDue"))).isEmpty());

    // The same lead unit answers again without a new sign-off; the office closes the case.
    as("unit");
    page.open(id);
    assertFalse(page.offers("SIGN_FOR"));
    page.perform(
        "SUBMIT_REPLY",
        "提交答复",
        dialog -> dialog.type(id("actionForm:reply"), "网办件已全部取消现场核验，并已电话告知来信人。"));
    assertEquals("已答复", page.status());

    as("triage");
    page.open(id);
    page.perform(
        "APPROVE_REPLY_AND_CLOSE",
        "审核通过并办结",
        dialog -> dialog.choose("actionForm:outcome", "A 已解决"));
    assertEquals("已办结", page.status());
    assertEquals("A 已解决", browser.text(id("outcome")));
    assertEquals("网办件已全部取消现场核验，并已电话告知来信人。", browser.text(id("reply")));
    assertEquals(
        List.of(
            "RECORDED",
            "ACCEPT",
            "DISPATCH",
            "SIGN_FOR",
            "RECORD_PROGRESS",
            "REQUEST_EXTENSION",
            "APPROVE_EXTENSION",
            "SUBMIT_REPLY",
            "APPROVE_REPLY_AND_CLOSE",
            "FOLLOW_UP",
            "REOPEN",
            "SUBMIT_REPLY",
            "APPROVE_REPLY_AND_CLOSE"),
        page.timeline());
    String closedAgain = page.lastEntry("APPROVE_REPLY_AND_CLOSE");
    assertTrue(closedAgain.contains("已答复 → 已办结"), closedAgain);
  }

  @Test
  void anUnansweredCaseIsWarnedThenUrgedAndAppearsOnTheOverdueBoard() throws IOException {
    String title = "园区企业用电报装超时未接电 " + UUID.randomUUID().toString().substring(0, 6);
    as("triage");
    long id = page.record("市长信箱", title, "报装已过承诺时限，供电方案仍未答复。", MARKET);
    page.perform("ACCEPT", "受理");
    page.perform("DISPATCH", "派单", dialog -> dialog.choose("actionForm:leadUnitId", MARKET));
    String trackingNumber = browser.text(id("trackingNumber"));
    as("unit");
    page.open(id);
    page.perform("SIGN_FOR", "签收");

    // The dates the rule gives this case: its warnings and the ladder.
    URL base = onLoopback();
    ApiClient triage = apiAs("triage");
    JsonObject detail = triage.get("api/cases/" + id).json();
    String dispatchedAt =
        triage.get("api/cases/" + id + "/timeline").structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(event -> event.getString("type").equals("DISPATCH"))
            .findFirst()
            .orElseThrow()
            .getString("occurredAt");
    JsonObject plan =
        triage
            .get(
                "api/deadlines?channel=MAYOR_MAILBOX&receivedAt="
                    + detail.getString("receivedAt")
                    + "&dispatchedAt="
                    + dispatchedAt)
            .json();
    assertEquals(detail.getString("replyDue"), plan.getString("replyDue"), plan.toString());
    LocalDate firstWarning =
        LocalDate.parse(plan.getJsonArray("warnings").getJsonObject(0).getString("date"));
    int firstPercent = plan.getJsonArray("warnings").getJsonObject(0).getInt("percent");
    LocalDate urgeOn = ladderDate(plan, "URGE");
    LocalDate replyDue = LocalDateTime.parse(detail.getString("replyDue")).toLocalDate();
    assertTrue(firstWarning.isBefore(replyDue) && urgeOn.isAfter(replyDue), plan.toString());
    assertTrue(ladderDate(plan, "SUPERVISION_ORDER").isAfter(urgeOn), plan.toString());

    ApiClient supervisor = apiAs("supervisor");

    // The first warning day: the unit is warned, the case is not overdue yet.
    moveClockTo(firstWarning.atTime(10, 0));
    sweep(supervisor);
    as("unit");
    browser.open("notifications.xhtml");
    browser.waitForText(
        id("notificationsForm:notificationsTable"),
        "案件 " + trackingNumber + "《" + title + "》办理时限已用去 " + firstPercent + "%，请抓紧办理。");
    as("supervisor");
    browser.open("supervision/overdue.xhtml");
    browser.find(id("overdueForm:overdueTable"));
    assertFalse(
        browser.text(id("overdueForm:overdueTable")).contains(trackingNumber),
        "not overdue before its deadline");

    // The day after the reply deadline: 催办, and the case is on the board.
    moveClockTo(urgeOn.atTime(10, 0));
    sweep(supervisor);
    browser.open("supervision/overdue.xhtml");
    String row = overdueRow(trackingNumber);
    assertTrue(row.contains(title) && row.contains(MARKET), row);
    assertTrue(row.contains(replyDue.toString()), row);
    assertTrue(row.contains("催办") && !row.contains("督办单"), row);

    page.open(id);
    assertEquals("办理中", page.status(), "supervision does not change the status");
    assertTrue(page.lastEntry("URGE").contains("系统（自动督查）"), page.lastEntry("URGE"));
    assertTrue(page.offers("ISSUE_SUPERVISION_ORDER"), "the supervisor may escalate by hand");

    as("unit");
    browser.open("notifications.xhtml");
    browser.waitForText(
        id("notificationsForm:notificationsTable"),
        "【催办】案件 " + trackingNumber + "《" + title + "》已超过答复期限，请立即办理并答复。");
    page.open(id);
    assertTrue(page.timeline().contains("URGE"), "the unit sees the 催办 on its case");
    assertFalse(page.offers("URGE"), "only supervisors urge");
  }

  /** The overdue board's row of the case, whichever page of the board it is on. */
  private String overdueRow(String trackingNumber) {
    String rows = id("overdueForm:overdueTable_data") + " tr";
    browser.find(rows);
    return browser.driver.findElements(By.cssSelector(rows)).stream()
        .map(row -> row.getText())
        .filter(text -> text.contains(trackingNumber))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "not on the overdue board: " + browser.text(id("overdueForm:overdueTable"))));
  }

  private static LocalDate ladderDate(JsonObject plan, String step) {
    return plan.getJsonArray("ladder").stream()
        .map(JsonValue::asJsonObject)
        .filter(rung -> rung.getString("step").equals(step))
        .map(rung -> LocalDate.parse(rung.getString("date")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + step + " in " + plan));
  }

  /**
   * What the ten-minute timer would do at the portal's (moved) time, asked for at once. The steps
   * it raised are not counted here: the timer may have raised them a moment earlier, and the pages
   * show them either way.
   */
  private static void sweep(ApiClient supervisor) {
    ApiClient.Reply swept = supervisor.post("api/supervision/sweep", "");
    assertEquals(200, swept.status(), swept.toString());
  }

  /** Signs the browser in as a demo account, signing out whoever used it before. */
  private void as(String username) {
    if (!browser.driver.findElements(By.cssSelector(id("logoutForm:logout"))).isEmpty()) {
      browser.signOut();
    }
    browser.signIn(username, DemoAccounts.PASSWORD);
  }

  private static void moveClockTo(LocalDateTime moment) throws IOException {
    Duration offset = Duration.between(LocalDateTime.now(BEIJING), moment);
    Files.writeString(clockFile(), offset.toString());
  }

  private static void resetClock() throws IOException {
    Files.deleteIfExists(clockFile());
  }

  private static Path clockFile() {
    String file = System.getenv("PORTAL_TEST_CLOCK_OFFSET_FILE");
    if (file == null || file.isBlank()) {
      throw new IllegalStateException(
          "PORTAL_TEST_CLOCK_OFFSET_FILE is not set: run the integration tests through bin/test");
    }
    return Path.of(file);
  }
}
