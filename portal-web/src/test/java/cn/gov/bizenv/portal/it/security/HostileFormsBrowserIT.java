package cn.gov.bizenv.portal.it.security;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.ServerLog;
import cn.gov.bizenv.portal.it.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hostile-input run through the pages (issue 18): control characters and blanks of Unicode
 * spaces put into the staff record form and the public letter form as a script would (a keyboard
 * cannot type them, a forged request can), and disguised files given to {@code p:fileUpload}. Each
 * is refused beside its field, the rest of the input stays, nothing is stored, and the server logs
 * no stack trace.
 */
class HostileFormsBrowserIT extends PortalIT {
  private static final String CONTROL = "含有无法保存的不可见控制字符";

  @Test
  void theRecordFormRefusesHostileTextBesideItsFieldAndStoresNothing() {
    ApiClient triage = apiAs("triage");
    long before = total(triage);
    ServerLog log = ServerLog.markNow();
    List<String[]> hostile = new ArrayList<>();
    for (String control : List.of("\u0000", "\u0001", "\u000B", "\u001B", "\u001F")) {
      hostile.add(new String[] {"title", "路灯" + control + "不亮", CONTROL});
      hostile.add(new String[] {"content", "人民路" + control + "路灯不亮", CONTROL});
    }
    hostile.add(new String[] {"title", "\u3000\u3000", "请填写标题"});
    hostile.add(new String[] {"content", "\u00A0\u2003", "请填写内容"});
    // An oversize title is not tried here: the counter's script cuts it to the maxlength before it
    // is sent. The same command refuses it from the API (HostileInputIT).
    List<String> wrong = new ArrayList<>();
    try (Browser browser = new Browser(deployed)) {
      browser.signIn("triage", DemoAccounts.PASSWORD);
      for (String[] probe : hostile) {
        browser.open("cases/record.xhtml");
        browser.choose("caseForm:channel", "网民留言");
        browser.type(id("caseForm:title"), "正常标题");
        browser.type(id("caseForm:content"), "正常内容，人民路路灯不亮。");
        browser.choose("caseForm:concernedUnitId", "华龙区");
        setValue(browser, "caseForm:" + probe[0], probe[1]);
        WebElement save = browser.find(id("caseForm:save"));
        save.click();
        browser.wait.until(ExpectedConditions.stalenessOf(save));
        String other = probe[0].equals("title") ? "content" : "title";
        if (browser.driver.findElements(By.cssSelector(id("caseForm:" + other))).isEmpty()) {
          wrong.add(
              probe[0]
                  + " "
                  + escape(probe[1])
                  + " → left the form: "
                  + browser.driver.getCurrentUrl()
                  + " "
                  + browser.text("h1"));
          continue;
        }
        String beside = messageBeside(browser, "caseForm:" + probe[0]);
        String kept = browser.find(id("caseForm:" + other)).getAttribute("value");
        if (!beside.contains(probe[2])
            || kept.isBlank()
            || !browser.driver.getCurrentUrl().contains("record.xhtml")) {
          wrong.add(
              probe[0]
                  + " "
                  + escape(probe[1])
                  + " → '"
                  + beside
                  + "', "
                  + other
                  + " '"
                  + kept
                  + "'");
        }
      }
    }
    assertEquals(List.of(), wrong, wrong.size() + " of " + hostile.size() + " handled wrongly");
    assertEquals(before, total(triage), "nothing was stored");
    assertEquals(List.of(), log.troubleSinceMark(), "the server logged no stack trace");
  }

  @Test
  void theLetterFormRefusesHostileTextAndDisguisedFilesKeepingTheRest() throws Exception {
    ServerLog log = ServerLog.markNow();
    Path folder = Files.createTempDirectory("hostile");
    Path program = Files.write(folder.resolve("发票.pdf"), TestFiles.windowsProgram());
    Path page = Files.write(folder.resolve("照片.jpg"), "<script>alert(1)</script>".getBytes());
    String title = "恶意表单 " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser citizen = new Browser(deployed)) {
      citizen.open("public/write.xhtml");
      citizen.type(id("letterForm:title"), title);
      for (Path disguised : List.of(program, page)) {
        citizen
            .driver
            .findElement(By.cssSelector(id("letterForm:attachments_input")))
            .sendKeys(disguised.toString());
        citizen.waitForText(id("letterForm:attachmentsMessage"), "类型不允许");
        assertTrue(
            citizen
                .driver
                .findElements(By.cssSelector("#letterForm\\:chosenFiles .chosen-file"))
                .isEmpty(),
            disguised + " was not taken");
      }
      for (String control : List.of("\u0001", "\u001F")) {
        setValue(citizen, "letterForm:writerName", "王" + control + "芳");
        WebElement send = citizen.find(id("letterForm:send"));
        send.click();
        citizen.wait.until(ExpectedConditions.stalenessOf(send));
        citizen.waitForText(id("letterForm"), CONTROL);
        assertTrue(
            messageBeside(citizen, "letterForm:writerName").contains(CONTROL),
            messageBeside(citizen, "letterForm:writerName"));
        assertEquals(title, citizen.find(id("letterForm:title")).getAttribute("value"));
      }
    }
    assertEquals(
        0,
        apiAs("triage").get("api/cases?q=" + title.replace(' ', '+')).json().getInt("total"),
        "nothing was stored");
    assertEquals(List.of(), log.troubleSinceMark(), "the server logged no stack trace");
  }

  /** Puts text into an input as a script would, past the keyboard and the maxlength attribute. */
  private static void setValue(Browser browser, String clientId, String value) {
    WebElement input = browser.find(id(clientId));
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];",
            input,
            value);
  }

  private static String messageBeside(Browser browser, String clientId) {
    return browser
        .driver
        .findElements(By.xpath("//div[contains(@class,'field')][.//*[@id='" + clientId + "']]"))
        .stream()
        .flatMap(row -> row.findElements(By.cssSelector(".ui-message")).stream())
        .map(WebElement::getText)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static long total(ApiClient triage) {
    return triage.get("api/cases?limit=1").json().getJsonNumber("total").longValue();
  }

  private static String escape(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .limit(12)
        .forEach(c -> shown.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return shown.toString();
  }
}
