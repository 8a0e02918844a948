package cn.gov.bizenv.portal.it.firms;

import static cn.gov.bizenv.portal.it.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PageLayout;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A chief service officer in the field, on a 390×844 phone in Chromium's mobile emulation: the menu
 * folds behind a button, the visit records where the officer checked in, and a photo taken with the
 * phone's camera is attached and shrunk on the server.
 */
class FieldVisitPhoneBrowserIT extends PortalIT {

  @Test
  void anOfficerOnAPhoneChecksInAndAttachesACameraPhoto() throws IOException {
    try (Browser phone = new Browser(deployed)) {
      phone.phone();
      phone.signIn("officer", DemoAccounts.PASSWORD);

      // The menu waits behind its button instead of filling the screen.
      assertFalse(phone.driver.findElement(By.id("menuForm")).isDisplayed(), "menu folded");
      WebElement toggle = phone.find("#menuToggle");
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      shot(phone, "home-menu-folded");
      toggle.click();
      phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm")));
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      shot(phone, "home-menu-open");
      PageLayout.assertNoSidewaysScroll(phone, "phone home");
      phone.find(id("menuForm:menuOfficerHome")).click();
      phone.waitForText("h1", "我的工作台");
      PageLayout.assertNoSidewaysScroll(phone, "phone officer home");

      String firmId =
          phone
              .find(id("myFirmsForm:myFirmsTable_data") + " a.firm-link")
              .getAttribute("href")
              .replaceAll(".*[?&]id=(\\d+).*", "$1");
      phone.open("visits/edit.xhtml?firmId=" + firmId);
      phone.find(id("visitForm:summary"));

      // 走访定位: the browser's location service answers for the site.
      phone.placeAt(34.797123, 114.307456, 18);
      phone.find("#locate").click();
      phone.waitForText(".portal-locate-live", "34.797123");
      assertTrue(phone.text(".portal-locate-live").contains("114.307456"));
      shot(phone, "visit-form-located");
      PageLayout.assertNoSidewaysScroll(phone, "phone visit form");

      String marker = UUID.randomUUID().toString().substring(0, 6);
      phone.type(id("visitForm:summary"), "现场查看新厂房建设进度。" + marker);
      phone.find(id("visitForm:save")).click();
      phone.wait.until(ExpectedConditions.urlContains("visits/detail.xhtml"));
      String shown = phone.text(id("location"));
      assertTrue(shown.contains("34.797123") && shown.contains("114.307456"), shown);
      assertTrue(shown.contains("18"), "the accuracy is shown: " + shown);
      long visitId =
          Long.parseLong(phone.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      JsonObject visit = apiAs("officer").get("api/visits/" + visitId).json();
      assertEquals(
          34.797123, visit.getJsonObject("checkIn").getJsonNumber("latitude").doubleValue(), 1e-9);

      // The camera button opens the phone's camera; the photo as taken is shrunk on the server.
      WebElement camera = phone.driver.findElement(By.cssSelector(id("filesForm:camera_input")));
      assertEquals("environment", camera.getAttribute("capture"));
      assertEquals("image/*", camera.getAttribute("accept"));
      Path photo = Files.createTempFile("现场照片", ".jpg");
      try {
        Files.write(photo, cameraPhoto());
        long taken = Files.size(photo);
        camera.sendKeys(photo.toString());
        phone.wait.until(
            d -> apiAs("officer").get("api/visits/" + visitId + "/files").body().contains(".jpg"));
        JsonArray files =
            apiAs("officer").get("api/visits/" + visitId + "/files").structure().asJsonArray();
        long kept = files.getJsonObject(files.size() - 1).getJsonNumber("size").longValue();
        assertTrue(kept < taken, "kept " + kept + " bytes of a " + taken + "-byte photo");
        BufferedImage stored =
            ImageIO.read(
                new java.io.ByteArrayInputStream(
                    apiAs("officer")
                        .download(
                            "api/visits/"
                                + visitId
                                + "/files/"
                                + files.getJsonObject(files.size() - 1).getJsonNumber("id")
                                + "/content")
                        .body()));
        assertEquals(2048, Math.max(stored.getWidth(), stored.getHeight()));
      } finally {
        Files.deleteIfExists(photo);
      }
      shot(phone, "visit-detail");
      PageLayout.assertNoSidewaysScroll(phone, "phone visit detail");
    }
  }

  /** A 4000×3000 photo with detail enough to weigh like one. */
  private static byte[] cameraPhoto() throws IOException {
    BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(
        new GradientPaint(0, 0, new Color(40, 90, 160), 4000, 3000, new Color(200, 160, 60)));
    g.fillRect(0, 0, 4000, 3000);
    java.util.Random noise = new java.util.Random(7);
    for (int i = 0; i < 40_000; i++) {
      g.setColor(new Color(noise.nextInt(0xFFFFFF)));
      g.fillRect(noise.nextInt(4000), noise.nextInt(3000), 6, 6);
    }
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private static void shot(Browser browser, String page) {
    browser.screenshot(Path.of("target", "screenshots", "phone-" + page + ".png"));
  }
}
