package cn.gov.bizenv.portal.it.cases;

import static cn.gov.bizenv.portal.it.Browser.id;

import cn.gov.bizenv.portal.it.Browser;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case pages as a person uses them: the record form (driven by the ids of the fields every case
 * needs, so that fields added for other channels do not disturb it) and the detail page, whose
 * actions each open the one dialog with exactly their inputs.
 */
final class CasePage {
  private final Browser browser;

  CasePage(Browser browser) {
    this.browser = browser;
  }

  /** Records a case on /cases/record.xhtml and returns its id from the detail page it leads to. */
  long record(String channel, String title, String content, String concernedUnit) {
    browser.open("cases/record.xhtml");
    browser.choose("caseForm:channel", channel);
    browser.type(id("caseForm:title"), title);
    browser.type(id("caseForm:content"), content);
    browser.choose("caseForm:concernedUnitId", concernedUnit);
    browser.find(id("caseForm:save")).click();
    browser.wait.until(ExpectedConditions.urlContains("cases/detail.xhtml"));
    String url = browser.driver.getCurrentUrl();
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  void open(long caseId) {
    browser.open("cases/detail.xhtml?id=" + caseId);
    browser.find(id("status"));
  }

  String status() {
    return browser.text(id("status"));
  }

  /** Whether the detail page offers the action to the reader. */
  boolean offers(String action) {
    return !browser.driver.findElements(action(action)).isEmpty();
  }

  /** The actions the detail page offers, in its order. */
  List<String> offered() {
    return browser.driver.findElements(By.cssSelector("#caseView button[data-action]")).stream()
        .map(button -> button.getAttribute("data-action"))
        .toList();
  }

  /**
   * Takes an action: opens its dialog, lets {@code fill} enter the inputs, confirms, and waits
   * until the timeline shows the action as its newest event and the dialog is gone.
   */
  void perform(String action, String dialogTitle, Consumer<Browser> fill) {
    int before = events(action);
    dialogGone();
    browser.find(actionButton(action)).click();
    browser.waitForText(id("dialogTitle"), dialogTitle);
    browser.find(id("actionForm:submit"));
    fill.accept(browser);
    browser.press(id("actionForm:submit"));
    browser.wait.until(driver -> events(action) == before + 1);
    dialogGone();
  }

  /** Takes an action whose dialog asks only for an optional note. */
  void perform(String action, String dialogTitle) {
    perform(action, dialogTitle, dialog -> {});
  }

  /** The event types of the timeline, oldest first. */
  List<String> timeline() {
    return browser.driver.findElements(By.cssSelector(id("timeline") + " > li")).stream()
        .map(item -> item.getAttribute("data-event"))
        .toList();
  }

  /** The text of the newest timeline entry of the given type. */
  String lastEntry(String eventType) {
    List<WebElement> entries =
        browser.driver.findElements(
            By.cssSelector(id("timeline") + " > li[data-event='" + eventType + "']"));
    if (entries.isEmpty()) {
      throw new AssertionError("no " + eventType + " in the timeline " + timeline());
    }
    return entries.get(entries.size() - 1).getText();
  }

  private int events(String eventType) {
    return browser
        .driver
        .findElements(By.cssSelector(id("timeline") + " > li[data-event='" + eventType + "']"))
        .size();
  }

  private void dialogGone() {
    browser.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("actionDialog"))));
    browser.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(id("actionDialog_modal"))));
  }

  /** The button of an action offered on the detail page. */
  static String actionButton(String name) {
    return "#caseView button[data-action='" + name + "']";
  }

  static By action(String name) {
    return By.cssSelector(actionButton(name));
  }
}
