package cn.gov.bizenv.portal.it.accessibility;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main flows with the keyboard alone (Tab, Enter, Space, the arrow keys, Esc): a citizen writes
 * a letter and solves the sum, a triage officer signs in, accepts and dispatches a case through the
 * detail page's dialog. Every stop of the focus must be visible.
 */
class KeyboardBrowserIT extends PortalIT {

  @Test
  void aCitizenWritesALetterWithTheKeyboardAlone() {
    try (Browser citizen = new Browser(deployed)) {
      Keyboard keys = new Keyboard(citizen);
      citizen.open("public/write.xhtml");
      citizen.script("localStorage.clear();");
      citizen.open("public/write.xhtml");
      citizen.find(id("letterForm:title"));

      // The first Tab reaches the skip link; Enter moves the focus to the content.
      keys.press(Keys.TAB);
      assertTrue(keys.focusedMatches(".portal-skip"), "the first stop skips to the content");
      keys.assertFocusVisible("the skip link");
      keys.press(Keys.ENTER);
      citizen.wait.until(d -> keys.focusedMatches("#main"));

      String marker = UUID.randomUUID().toString().substring(0, 6);
      keys.tabTo("input[name='letterForm:type']");
      keys.press(Keys.SPACE);
      keys.tabTo(id("letterForm:title"));
      keys.press("路灯损坏无人维修 " + marker);
      keys.tabTo(id("letterForm:content"));
      keys.press("华龙区人民路与建设路路口的路灯已经坏了两周，夜间行人很不安全。");

      // A reload (a closed tab, a time-out) loses nothing: the draft comes back from this browser.
      citizen.driver.navigate().refresh();
      citizen.wait.until(
          d ->
              citizen
                  .find(id("letterForm:title"))
                  .getAttribute("value")
                  .equals("路灯损坏无人维修 " + marker));
      citizen.find(id("letterForm:content"));

      keys.tabTo("input[name='letterForm:type']");
      keys.press(Keys.SPACE);
      keys.tabTo(id("letterForm:districtId_label"));
      keys.press(Keys.ARROW_DOWN);
      citizen.wait.until(d -> !citizen.text(id("letterForm:districtId_label")).contains("请选择"));

      // Sent without the mobile: the error is tied to the field and announced.
      keys.tabTo(id("letterForm:challengeAnswer_input"));
      keys.press(String.valueOf(sum(citizen.text(id("letterForm:question")))));
      keys.tabTo(id("letterForm:send"));
      keys.press(Keys.ENTER);
      citizen.waitForText(id("letterForm"), "请填写手机号码。");
      String describedBy = citizen.find(id("letterForm:mobile")).getAttribute("aria-describedby");
      assertTrue(describedBy != null && !describedBy.isBlank(), "the mobile names its error");
      String announced =
          (String)
              citizen.script(
                  "const ids = arguments[0].split(' ');"
                      + "const m = ids.map(i => document.getElementById(i)).find(e => e"
                      + " && e.textContent.includes('请填写手机号码'));"
                      + "return m ? (m.closest('[aria-live],[role=alert]') || {}).id || 'live' :"
                      + " null;",
                  describedBy);
      assertTrue(announced != null, "the mobile's error is described and announced");
      assertEquals("true", citizen.find(id("letterForm:mobile")).getAttribute("aria-invalid"));

      keys.tabTo(id("letterForm:writerName"));
      keys.press("王芳");
      keys.tabTo(id("letterForm:mobile"));
      keys.press("13812345678");
      keys.tabTo(id("letterForm:challengeAnswer_input"));
      keys.press(
          Keys.chord(Keys.CONTROL, "a"),
          String.valueOf(sum(citizen.text(id("letterForm:question")))));
      org.openqa.selenium.WebElement form = citizen.find(id("letterForm"));
      keys.tabTo(id("letterForm:send"));
      keys.press(Keys.ENTER);
      citizen.wait.until(ExpectedConditions.stalenessOf(form));

      citizen.wait.until(
          d ->
              !d.findElements(By.cssSelector(id("trackingNumber"))).isEmpty()
                  || !d.findElements(By.cssSelector("#letterForm .ui-message-error")).isEmpty());
      assertEquals(
          List.of(),
          citizen.driver.findElements(By.cssSelector("#letterForm .ui-message-error")).stream()
              .map(e -> e.getText())
              .toList(),
          "the letter is sent");
      citizen.find(id("trackingNumber"));
      assertTrue(citizen.text(id("queryCode")).length() >= 6, "a query code is shown");
      citizen.wait.until(
          d -> citizen.script("return localStorage.getItem('portal-letter-draft');") == null);
      assertNull(citizen.script("return localStorage.getItem('portal-letter-draft');"));
    }
  }

  @Test
  void aTriageOfficerAcceptsAndDispatchesACaseWithTheKeyboardAlone() {
    String title = "键盘受理派单 " + UUID.randomUUID().toString().substring(0, 6);
    long caseId = recordThroughTheApi(title);
    try (Browser triage = new Browser(deployed)) {
      Keyboard keys = new Keyboard(triage);
      triage.open("login.xhtml");
      triage.find(id("loginForm:username"));
      keys.tabTo(id("loginForm:username"));
      keys.press("triage");
      keys.tabTo(id("loginForm:password"));
      keys.press(DemoAccounts.PASSWORD, Keys.ENTER);
      triage.wait.until(ExpectedConditions.urlContains("index.xhtml"));

      triage.open("cases/detail.xhtml?id=" + caseId);
      triage.waitForText(id("status"), "待受理");

      // Accept: Enter on the action opens its dialog with the focus inside; Esc closes it and
      // the focus returns to the action; opened again, the note is typed and submitted by keys.
      keys.tabTo("#caseView button[data-action='ACCEPT']");
      keys.press(Keys.ENTER);
      triage.waitForText(id("dialogTitle"), "受理");
      triage.wait.until(d -> insideDialog(triage));
      keys.press(Keys.ESCAPE);
      triage.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("actionDialog"))));
      triage.wait.until(d -> keys.focusedMatches("#caseView button[data-action='ACCEPT']"));
      keys.press(Keys.ENTER);
      triage.waitForText(id("dialogTitle"), "受理");
      keys.tabTo(id("actionForm:note"));
      keys.press("属实，予以受理");
      keys.tabTo(id("actionForm:submit"));
      keys.press(Keys.ENTER);
      triage.waitForText(id("status"), "已受理");
      triage.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(
              By.cssSelector(id("actionDialog_modal"))));

      // Dispatch: the lead unit is chosen in its menu with the arrow keys.
      keys.tabTo("#caseView button[data-action='DISPATCH']");
      keys.press(Keys.ENTER);
      triage.waitForText(id("dialogTitle"), "派单");
      keys.tabTo(id("actionForm:leadUnitId_label"));
      // On the closed menu each arrow press chooses the next unit, as a screen reader announces it.
      for (int i = 0;
          i < 60 && !triage.text(id("actionForm:leadUnitId_label")).equals("市市场监督管理局");
          i++) {
        keys.press(Keys.ARROW_DOWN);
      }
      assertEquals("市市场监督管理局", triage.text(id("actionForm:leadUnitId_label")));
      keys.tabTo(id("actionForm:note"));
      keys.press("请五个工作日内答复");
      keys.tabTo(id("actionForm:submit"));
      keys.press(Keys.ENTER);
      triage.waitForText(id("status"), "已派单");
      assertEquals("市市场监督管理局", triage.text(id("leadUnit")));
    }
  }

  private static boolean insideDialog(Browser browser) {
    return Boolean.TRUE.equals(
        browser.script("return !!document.activeElement.closest('#actionDialog');"));
  }

  private static int sum(String question) {
    String[] parts = question.replace(" = ?", "").split(" \\+ ");
    return Integer.parseInt(parts[0].strip()) + Integer.parseInt(parts[1].strip());
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
