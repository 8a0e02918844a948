package cn.gov.bizenv.portal.it.mailbox;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TestFiles;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen's letter with an attachment from the public form to a published, rated reply, in a real
 * browser for everything the citizen does and for the attachment; the office's lifecycle steps,
 * whose dialogs CaseHandlingBrowserIT covers, go through the API. Also the attachment limits over
 * the API.
 */
class PublicLetterBrowserIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;
  static final String MOBILE = "13912348765";
  static final String MASKED_MOBILE = "139****8765";

  @Test
  void aCitizensLetterWithAPhotoIsAnsweredPublishedTrackedAndRated() throws Exception {
    URL base = onLoopback();
    ApiClient triage = apiAs("triage");
    ApiClient unit = apiAs("unit");
    ApiClient county = apiAs("county");
    String mark = UUID.randomUUID().toString().substring(0, 6);
    String title = "办理施工许可证材料反复退回 " + mark;
    byte[] photo = TestFiles.png();
    Path photoFile = Files.createTempDirectory("letter").resolve("现场照片.png");
    Files.write(photoFile, photo);
    Path fakePhoto = photoFile.resolveSibling("照片.png");
    Files.write(fakePhoto, TestFiles.windowsProgram());

    String trackingNumber;
    String queryCode;
    try (Browser citizen = new Browser(deployed)) {
      citizen.open("public/write.xhtml");
      clickLabel(citizen, "投诉");
      citizen.type(id("letterForm:title"), title);
      citizen.type(id("letterForm:content"), "我公司申请施工许可证，材料被退回三次，每次只说一个问题。联系电话" + MOBILE + "。");
      citizen.choose("letterForm:districtId", "华龙区");
      citizen.type(id("letterForm:writerName"), "李建华");
      citizen.type(id("letterForm:mobile"), "1391234");
      citizen.find(id("letterForm:publishConsent") + " .ui-chkbox-box").click();

      // A program renamed .png is refused on the spot, with the kinds that are allowed.
      fileInput(citizen).sendKeys(fakePhoto.toString());
      citizen.waitForText(id("letterForm:attachmentsMessage"), "类型不允许");
      assertTrue(citizen.text(id("letterForm:attachmentsMessage")).contains("png"));
      fileInput(citizen).sendKeys(photoFile.toString());
      citizen.waitForText(id("letterForm:chosenFiles"), "现场照片.png");
      assertEquals(
          1,
          citizen
              .driver
              .findElements(By.cssSelector("#letterForm\\:chosenFiles .chosen-file"))
              .size());
      assertEquals(title, citizen.find(id("letterForm:title")).getAttribute("value"));

      // A wrong mobile number: the message is next to it, and nothing else is lost.
      answerTheSum(citizen);
      WebElement send = citizen.find(id("letterForm:send"));
      send.click();
      citizen.wait.until(ExpectedConditions.stalenessOf(send));
      citizen.waitForText(id("letterForm"), "手机号码应为以1开头的11位数字");
      assertEquals(title, citizen.find(id("letterForm:title")).getAttribute("value"));
      assertEquals("李建华", citizen.find(id("letterForm:writerName")).getAttribute("value"));
      assertTrue(citizen.text(id("letterForm:chosenFiles")).contains("现场照片.png"));

      citizen.type(id("letterForm:mobile"), MOBILE);
      answerTheSum(citizen);
      citizen.find(id("letterForm:send")).click();
      trackingNumber = citizen.text(id("trackingNumber"));
      queryCode = citizen.text(id("queryCode"));
    }
    assertTrue(trackingNumber.matches("\\d{4}XX\\d+"), trackingNumber);
    assertTrue(queryCode.matches("[23456789A-Z]{10}"), queryCode);

    // The office and the unit handle it (their dialogs are tested in CaseHandlingBrowserIT).
    long caseId = triage.caseId(trackingNumber);
    long market = triage.unitId("市市场监督管理局");
    act(triage, triage, caseId, "ACCEPT", Json.createObjectBuilder());
    act(triage, triage, caseId, "DISPATCH", Json.createObjectBuilder().add("leadUnitId", market));
    act(triage, unit, caseId, "SIGN_FOR", Json.createObjectBuilder());
    String reply = "已约谈审批窗口，实行一次性告知，您的许可证已于本周办结。";
    act(triage, unit, caseId, "SUBMIT_REPLY", Json.createObjectBuilder().add("reply", reply));
    act(
        triage,
        triage,
        caseId,
        "APPROVE_REPLY_AND_CLOSE",
        Json.createObjectBuilder().add("outcome", "SOLVED"));

    // The officer sees the photo on the case and downloads it with the page's session.
    try (Browser officer = new Browser(deployed)) {
      officer.signIn("triage", PASSWORD);
      officer.open("cases/detail.xhtml?id=" + caseId);
      WebElement link =
          officer.wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.linkText("现场照片.png")));
      assertTrue(officer.text(id("attachmentsPanel")).contains(sha256(photo)));
      HttpResponse<byte[]> download = withSession(officer, link.getAttribute("href"));
      assertEquals(200, download.statusCode());
      assertArrayEquals(photo, download.body());
      assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

      // The officer publishes the answered letter, shortening the text.
      officer.open("cases/publish.xhtml?id=" + caseId);
      officer.type(id("publishForm:content"), "我公司申请施工许可证，材料被退回三次。联系电话" + MOBILE + "。");
      officer.find(id("publishForm:publish")).click();
      officer.waitForText(id("messages"), "已公开");
    }

    // The lead unit downloads the same bytes; a unit not on the case is told it does not exist.
    String listPath = "api/cases/" + caseId + "/attachments";
    JsonObject listed = unit.get(listPath).structure().asJsonArray().getJsonObject(0);
    assertEquals("现场照片.png", listed.getString("fileName"));
    assertEquals(photo.length, listed.getInt("size"));
    assertEquals(sha256(photo), listed.getString("sha256"));
    String contentPath = listPath + "/" + listed.getJsonNumber("id").longValue() + "/content";
    assertArrayEquals(photo, unit.download(contentPath).body());
    assertEquals(404, county.get(listPath).status());
    assertEquals(404, county.download(contentPath).statusCode());
    assertEquals(401, ApiClient.anonymous(base).download(contentPath).statusCode());

    try (Browser citizen = new Browser(deployed)) {
      // The citizen tracks the letter with the codes and reads the reply and their file's name.
      citizen.open("public/track.xhtml");
      citizen.type(id("trackForm:trackingNumber"), trackingNumber);
      citizen.type(id("trackForm:queryCode"), queryCode);
      citizen.find(id("trackForm:look")).click();
      citizen.waitForText(id("reply"), reply);
      assertEquals("已答复", citizen.text(id("status")));
      assertTrue(citizen.text(id("attachmentNames")).contains("现场照片.png"));

      // The published copy: the edited text with the number masked.
      citizen.open("public/letters.xhtml");
      citizen.type(id("lettersForm:q"), mark);
      // The unfiltered list may already show the letter: wait for the search's own answer.
      WebElement unfiltered = citizen.find(id("lettersForm:lettersTable"));
      citizen.find(id("lettersForm:search")).click();
      citizen.wait.until(ExpectedConditions.stalenessOf(unfiltered));
      citizen.waitForText(id("lettersForm:lettersTable"), title);
      String table = citizen.text(id("lettersForm:lettersTable"));
      assertTrue(table.contains(MASKED_MOBILE), table);
      assertTrue(table.contains(reply), table);
      assertFalse(citizen.pageSource().contains(MOBILE), "the raw number is never published");

      // And rates the answer.
      citizen.open("public/track.xhtml");
      citizen.type(id("trackForm:trackingNumber"), trackingNumber);
      citizen.type(id("trackForm:queryCode"), queryCode);
      citizen.find(id("trackForm:look")).click();
      citizen.waitForText(id("reply"), reply);
      clickLabel(citizen, "非常满意");
      citizen.type(id("rateForm:comment"), "办理及时，谢谢。");
      citizen.find(id("rateForm:rate")).click();
      citizen.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("rateForm"))));
      citizen.waitForText(id("result"), "非常满意");
    }
    JsonObject rated = triage.get("api/cases/" + caseId).json();
    assertEquals("FOLLOWED_UP", rated.getString("status"));
    assertEquals("VERY_SATISFIED", rated.getString("satisfaction"));
  }

  @Test
  void theLimitsAreCheckedOnTheWayIn() throws Exception {
    URL base = onLoopback();
    ApiClient triage = apiAs("triage");
    ApiClient leader = apiAs("leader");
    long caseId = recordCase(triage);
    String path = "api/cases/" + caseId + "/attachments";

    // Over 10 MB, though a real PNG at its start.
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    byte[] photo = TestFiles.png();
    System.arraycopy(photo, 0, big, 0, photo.length);
    refused(triage.post(path, upload("大图.png", big)), "attachment.tooLarge");
    // A Windows program renamed .png, and a name with a path and a type not allowed at all.
    refused(triage.post(path, upload("照片.png", TestFiles.windowsProgram())), "attachment.type");
    refused(triage.post(path, upload("setup.exe", TestFiles.windowsProgram())), "attachment.type");
    refused(triage.post(path, upload("空.txt", new byte[0])), "attachment.empty");
    Reply notBase64 = triage.post(path, "{\"fileName\":\"a.txt\",\"content\":\"%%%\"}");
    assertEquals(400, notBase64.status(), notBase64.toString());
    assertTrue(notBase64.body().contains("attachment.content.base64"), notBase64.body());

    // Five files are allowed (the name loses its path); the sixth is refused.
    Reply first =
        triage.post(path, upload("C:\\Users\\王\\说明.txt", "情况说明".getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, first.status(), first.toString());
    assertEquals("说明.txt", first.json().getString("fileName"));
    assertEquals("text/plain", first.json().getString("contentType"));
    assertTrue(first.location().endsWith("/content"), first.location());
    for (int i = 2; i <= 5; i++) {
      Reply kept = leader.post(path, upload("现场" + i + ".png", photo));
      assertEquals(201, kept.status(), kept.toString());
    }
    refused(triage.post(path, upload("第六个.png", photo)), "attachment.tooMany");
    assertEquals(5, triage.get(path).structure().asJsonArray().size());

    // The public API applies the same rules before anything is recorded.
    ApiClient anyone = ApiClient.anonymous(base);
    String letter =
        letterSubmission(
            anyone,
            "附件被拒的来信",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("fileName", "照片.png")
                        .add(
                            "content",
                            Base64.getEncoder().encodeToString(TestFiles.windowsProgram()))));
    refused(anyone.post("api/public/mailbox/letters", letter), "attachment.type");
  }

  @Test
  void aMergedLetterIsAnsweredWithTheReplyOfTheCaseItJoined() {
    URL base = onLoopback();
    ApiClient triage = apiAs("triage");
    ApiClient unit = apiAs("unit");
    ApiClient anyone = ApiClient.anonymous(base);
    JsonObject duplicate = writeLetter(anyone, "停车场收费不公示（重复来信）");
    JsonObject main = writeLetter(anyone, "停车场收费不公示");
    long duplicateId = triage.caseId(duplicate.getString("trackingNumber"));
    long mainId = triage.caseId(main.getString("trackingNumber"));
    act(
        triage,
        triage,
        duplicateId,
        "MERGE",
        Json.createObjectBuilder().add("mergeIntoCaseId", mainId));
    JsonObject waiting = track(anyone, duplicate);
    assertEquals("MERGED", waiting.getString("status"));
    assertTrue(!waiting.containsKey("reply") || waiting.isNull("reply"), waiting.toString());

    long market = triage.unitId("市市场监督管理局");
    act(triage, triage, mainId, "ACCEPT", Json.createObjectBuilder());
    act(triage, triage, mainId, "DISPATCH", Json.createObjectBuilder().add("leadUnitId", market));
    act(triage, unit, mainId, "SIGN_FOR", Json.createObjectBuilder());
    String reply = "收费标准已在停车场入口公示。";
    act(triage, unit, mainId, "SUBMIT_REPLY", Json.createObjectBuilder().add("reply", reply));
    JsonObject underReview = track(anyone, duplicate);
    assertTrue(
        !underReview.containsKey("reply") || underReview.isNull("reply"), underReview.toString());
    act(
        triage,
        triage,
        mainId,
        "APPROVE_REPLY_AND_CLOSE",
        Json.createObjectBuilder().add("outcome", "SOLVED"));

    JsonObject answered = track(anyone, duplicate);
    assertEquals("MERGED", answered.getString("status"));
    assertEquals(reply, answered.getString("reply"));
    assertEquals("市市场监督管理局", answered.getString("replyingUnit"));
    assertEquals(main.getString("trackingNumber"), answered.getString("replyFrom"));
    assertTrue(answered.getBoolean("canRate"), "the writer of the merged letter rates the reply");
  }

  private static JsonObject writeLetter(ApiClient anyone, String title) {
    Reply written =
        anyone.post(
            "api/public/mailbox/letters",
            letterSubmission(anyone, title, Json.createArrayBuilder()));
    assertEquals(201, written.status(), written.toString());
    return written.json();
  }

  /** A letter with a fresh form token and the answer to its sum. */
  private static String letterSubmission(
      ApiClient anyone, String title, JsonArrayBuilder attachments) {
    JsonObject challenge = anyone.get("api/public/mailbox/challenge").json();
    String[] sum = challenge.getString("question").replace(" = ?", "").split(" \\+ ");
    long district =
        anyone
            .get("api/public/mailbox/districts")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    return Json.createObjectBuilder()
        .add("formToken", challenge.getString("formToken"))
        .add("challengeAnswer", Integer.parseInt(sum[0]) + Integer.parseInt(sum[1]))
        .add(
            "letter",
            Json.createObjectBuilder()
                .add("type", "COMPLAINT")
                .add("title", title + " " + UUID.randomUUID().toString().substring(0, 6))
                .add("content", "市中心停车场收费标准没有公示。")
                .add("districtId", district)
                .add("writerName", "周二")
                .add("mobile", "13600002222")
                .add("publishConsent", false))
        .add("attachments", attachments)
        .build()
        .toString();
  }

  private static JsonObject track(ApiClient anyone, JsonObject receipt) {
    Reply tracked =
        anyone.post(
            "api/public/mailbox/tracking",
            Json.createObjectBuilder()
                .add("trackingNumber", receipt.getString("trackingNumber"))
                .add("queryCode", receipt.getString("queryCode"))
                .build()
                .toString());
    assertEquals(200, tracked.status(), tracked.toString());
    return tracked.json();
  }

  private static void refused(Reply reply, String code) {
    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.body().contains("\"field\":\"attachments\""), reply.body());
    assertTrue(reply.body().contains(code), reply.body());
  }

  private static String upload(String name, byte[] content) {
    return Json.createObjectBuilder()
        .add("fileName", name)
        .add("content", Base64.getEncoder().encodeToString(content))
        .build()
        .toString();
  }

  private static long recordCase(ApiClient triage) {
    long unitId = triage.unitId("华龙区");
    Reply recorded =
        triage.post(
            "api/cases",
            Json.createObjectBuilder()
                .add("channel", "NETIZEN_MESSAGE")
                .add("title", "附件限制 " + UUID.randomUUID().toString().substring(0, 6))
                .add("content", "检查附件的大小、类型和数量。")
                .add("concernedUnitId", unitId)
                .build()
                .toString());
    assertEquals(201, recorded.status(), recorded.toString());
    return recorded.json().getJsonNumber("id").longValue();
  }

  /** The file input of the PrimeFaces upload; ChromeDriver types a path into it. */
  private static WebElement fileInput(Browser browser) {
    return browser.driver.findElement(By.cssSelector(id("letterForm:attachments_input")));
  }

  @Test
  void anEmptySendShowsEveryMissingFieldAtOnceAndKeepsWhatWasTyped() {
    try (Browser citizen = new Browser(deployed)) {
      citizen.open("public/write.xhtml");
      citizen.type(id("letterForm:writerName"), "王芳");
      WebElement send = citizen.find(id("letterForm:send"));
      send.click();
      citizen.wait.until(ExpectedConditions.stalenessOf(send));
      citizen.waitForText(id("letterForm"), "请填写标题");
      // Each message sits in its own field's row, all from the one attempt.
      assertEquals("请选择来信类型。", messageBeside(citizen, "letterForm:type"));
      assertEquals("请填写标题。", messageBeside(citizen, "letterForm:title"));
      assertEquals("请填写内容。", messageBeside(citizen, "letterForm:content"));
      assertEquals("请选择所在县区。", messageBeside(citizen, "letterForm:districtId"));
      assertEquals("请填写手机号码。", messageBeside(citizen, "letterForm:mobile"));
      assertEquals("请填写验证题的答案。", messageBeside(citizen, "letterForm:challengeAnswer"));
      assertEquals("", messageBeside(citizen, "letterForm:writerName"));
      assertEquals("王芳", citizen.find(id("letterForm:writerName")).getAttribute("value"));
    }
  }

  /** The text of the message shown in the form row of the component with the given client id. */
  private static String messageBeside(Browser browser, String clientId) {
    WebElement row =
        browser.driver.findElement(
            By.xpath("//div[contains(@class,'field')][.//*[@id='" + clientId + "']]"));
    return row.findElements(By.cssSelector(".ui-message")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static void clickLabel(Browser browser, String text) {
    WebElement label =
        browser.wait.until(
            ExpectedConditions.elementToBeClickable(By.xpath("//label[text()='" + text + "']")));
    label.click();
  }

  private static void answerTheSum(Browser browser) {
    Matcher sum =
        Pattern.compile("(\\d+) \\+ (\\d+)").matcher(browser.text(id("letterForm:question")));
    assertTrue(sum.find());
    int answer = Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2));
    WebElement input = browser.find(id("letterForm:challengeAnswer_input"));
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '';", input);
    input.clear();
    input.sendKeys(Integer.toString(answer));
  }

  /** Fetches an address with the browser's session cookie, as a click on the link would. */
  private static HttpResponse<byte[]> withSession(Browser browser, String href)
      throws IOException, InterruptedException {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void act(
      ApiClient reader, ApiClient who, long caseId, String action, JsonObjectBuilder inputs) {
    long version = reader.get("api/cases/" + caseId).json().getJsonNumber("version").longValue();
    Reply reply =
        who.post(
            "api/cases/" + caseId + "/actions",
            inputs.add("action", action).add("version", version).build().toString());
    assertEquals(200, reply.status(), action + ": " + reply);
  }

  /** A real 16×16 PNG, drawn here so that the test needs no binary file in the repository. */

  /** The start of a Windows executable (the "MZ" header and the DOS stub's first bytes). */
  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
