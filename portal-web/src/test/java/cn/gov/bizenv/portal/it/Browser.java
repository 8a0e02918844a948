package cn.gov.bizenv.portal.it;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's ChromeDriver. Both paths are given explicitly, so
 * Selenium never tries to download a browser or driver; when either is missing the test fails and
 * says how to install it.
 */
public final class Browser implements AutoCloseable {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  public final WebDriver driver;
  public final WebDriverWait wait;

  /** Where the browser saves downloads (a fresh directory per browser). */
  final Path downloads;

  /** The browser's own profile, a fresh directory removed with the downloads on close. */
  private final Path profile;

  private final URL base;

  private final ChromeDriver chrome;

  public Browser(URL deployed) {
    URL base = PortalDeployment.onLoopback(deployed);
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
              + " chromium-driver); bin/test installs them");
    }
    this.base = base;
    profile = tempDirectory("portal-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    downloads = tempDirectory("portal-downloads");
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // Headless Chromium saves downloads only where it is told to.
    chrome.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    driver = chrome;
    this.chrome = chrome;
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static Path tempDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes a directory the browser wrote, so that no run leaves anything behind for the next. */
  private static void remove(Path directory) {
    try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void open(String path) {
    driver.get(base.toString() + path);
  }

  public WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /**
   * Clicks a button once nothing covers it. A dialog re-centres itself while an AJAX update changes
   * its height, and a click in that moment lands on the overlay instead of the button.
   */
  public void press(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement button = d.findElement(By.cssSelector(css));
              if (!button.isDisplayed() || !button.isEnabled()) {
                return false;
              }
              ((org.openqa.selenium.JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
              button.click();
              return true;
            });
  }

  public void type(String css, String text) {
    WebElement input = find(css);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Picks an option of a PrimeFaces selectOneMenu by its visible label, through the widget's own
   * API: clicking into its sliding panel is timing-sensitive, and the panel is PrimeFaces' concern.
   */
  public void choose(String menuId, String label) {
    find(id(menuId));
    Object chosen =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);var select ="
                    + " document.getElementById(arguments[0] + '_input');for (var i = 0; i <"
                    + " select.options.length; i++) {  if (select.options[i].text.trim() ==="
                    + " arguments[1]) { w.selectValue(select.options[i].value); return true; }"
                    + "}return false;",
                menuId,
                label);
    if (!Boolean.TRUE.equals(chosen)) {
      throw new AssertionError("no option '" + label + "' in " + menuId);
    }
    wait.until(ExpectedConditions.textToBe(By.cssSelector(id(menuId + "_label")), label));
  }

  /**
   * Chooses in a menu whose change event updates the page ({@link #choose} selects silently), and
   * waits until the element {@code replacedId}, which the update re-renders, has been replaced.
   */
  public void chooseAndApply(String menuId, String label, String replacedId) {
    WebElement before = find(id(replacedId));
    choose(menuId, label);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("PrimeFaces.getWidgetById(arguments[0]).triggerChange()", menuId);
    wait.until(ExpectedConditions.stalenessOf(before));
  }

  public void signIn(String username, String password) {
    open("login.xhtml");
    type(id("loginForm:username"), username);
    type(id("loginForm:password"), password);
    find(id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("index.xhtml"));
  }

  /** Signs out through the header's button, as a person hands the browser to a colleague. */
  public void signOut() {
    find(id("logoutForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  /**
   * Ticks options of a PrimeFaces selectCheckboxMenu by their visible labels: opens its panel and
   * clicks each option's box, as a person would, then closes the panel.
   */
  public void check(String menuId, String... labels) {
    find(id(menuId)).click();
    String panel = id(menuId + "_panel");
    find(panel);
    for (String label : labels) {
      WebElement item =
          driver.findElements(By.cssSelector(panel + " li.ui-selectcheckboxmenu-item")).stream()
              .filter(
                  candidate ->
                      candidate.findElement(By.tagName("label")).getText().trim().equals(label))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + menuId));
      item.findElement(By.cssSelector(".ui-chkbox-box")).click();
    }
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", menuId);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(panel)));
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** A CSS selector for a JSF client id, whose colons must be escaped. */
  public static String id(String clientId) {
    return "#" + clientId.replace(":", "\\:");
  }

  /** Waits for a finished download whose name ends with {@code suffix} and returns it. */
  public Path awaitDownload(String suffix) {
    return wait.until(
        d -> {
          try (var files = Files.list(downloads)) {
            return files
                .filter(f -> f.getFileName().toString().endsWith(suffix))
                .filter(f -> f.toFile().length() > 0)
                .findFirst()
                .orElse(null);
          } catch (java.io.IOException e) {
            return null;
          }
        });
  }

  /**
   * The session cookie header, to fetch what the signed-in browser may read with another client.
   */
  public String cookieHeader() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** Opens a submenu of the header's menu by its label and clicks one of its items. */
  public void menu(String submenuLabel, String itemClientId) {
    driver.findElements(By.cssSelector("#menuForm a.ui-submenu-link")).stream()
        .filter(link -> link.getText().trim().equals(submenuLabel))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no submenu '" + submenuLabel + "' in the menu"))
        .click();
    find(id(itemClientId)).click();
  }

  /** Sets the page's viewport exactly, as a desktop screen of that size shows it. */
  public void viewport(int width, int height) {
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Chromium's mobile emulation of a 390×844 phone (an iPhone 12–14 size): narrow and touch. */
  public void phone() {
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    chrome.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled",
        java.util.Map.of("enabled", true, "maxTouchPoints", 5));
  }

  /** Lets the portal read the browser's location and makes the location service report this one. */
  public void placeAt(double latitude, double longitude, double accuracyMetres) {
    String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    chrome.executeCdpCommand(
        "Browser.grantPermissions",
        java.util.Map.of("permissions", java.util.List.of("geolocation"), "origin", origin));
    chrome.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        java.util.Map.of("latitude", latitude, "longitude", longitude, "accuracy", accuracyMetres));
  }

  /** Runs a script in the page and returns what it returns. */
  public Object script(String script, Object... arguments) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
  }

  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      remove(profile);
      remove(downloads);
    }
  }
}
