package cn.gov.bizenv.portal.rest.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.portal.rest.open311.GeoReportDocument.Repeated;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoReportFormatTest {
  @Test
  void writesTheSameTreeAsJsonAndXml() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("service_request_id", "2026LY00000050");
    request.put("status", "open");
    request.put("status_notes", null);
    GeoReportDocument document =
        new GeoReportDocument("service_requests", new Repeated("request", List.of(request)));
    assertEquals(
        "[{\"service_request_id\":\"2026LY00000050\",\"status\":\"open\",\"status_notes\":null}]",
        document.json());
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
            + "<service_request_id>2026LY00000050</service_request_id><status>open</status>"
            + "<status_notes/></request></service_requests>",
        document.xml());
  }

  @Test
  void escapesTextInXml() {
    Map<String, Object> error = Map.of("description", "<b>&");
    assertTrue(
        new GeoReportDocument("errors", new Repeated("error", List.of(error)))
            .xml()
            .contains("<description>&lt;b&gt;&amp;</description>"));
  }

  @Test
  void readsW3cDatesWithOrWithoutOffsetInBeijingTime() {
    assertEquals(
        LocalDateTime.of(2026, 11, 1, 8, 0),
        GeoReportResource.dateTime("2026-11-01T00:00:00Z", "start_date"));
    assertEquals(
        LocalDateTime.of(2026, 11, 1, 0, 0),
        GeoReportResource.dateTime("2026-11-01T00:00:00+08:00", "start_date"));
    assertEquals(
        LocalDateTime.of(2026, 11, 1, 0, 0), GeoReportResource.dateTime("2026-11-01", "x"));
    assertNull(GeoReportResource.dateTime(" ", "x"));
    assertEquals(
        "start_date",
        assertThrows(
                InvalidInputException.class,
                () -> GeoReportResource.dateTime("yesterday", "start_date"))
            .violations()
            .get(0)
            .field());
    assertEquals(
        "2026-11-01T09:30+08:00", GeoReportResource.w3c(LocalDateTime.of(2026, 11, 1, 9, 30)));
  }

  @Test
  void statusFilterIsOpenClosedOrBoth() {
    assertEquals(Boolean.TRUE, GeoReportResource.openFilter("open"));
    assertEquals(Boolean.FALSE, GeoReportResource.openFilter("closed"));
    assertNull(GeoReportResource.openFilter("open,closed"));
    assertNull(GeoReportResource.openFilter(null));
    assertThrows(InvalidInputException.class, () -> GeoReportResource.openFilter("fixed"));
  }

  @Test
  void readsFormBodiesAndRefusesOversizedOnes() {
    Map<String, String> form =
        GeoReportResource.form(
            new ByteArrayInputStream(
                "api_key=k&description=%E8%B7%AF%E7%81%AF+%E4%B8%8D%E4%BA%AE&attribute%5Bdistrict%5D=5&email="
                    .getBytes(StandardCharsets.UTF_8)));
    assertEquals("路灯 不亮", form.get("description"));
    assertEquals("5", form.get("attribute[district]"));
    assertNull(form.get("email"));
    byte[] big = new byte[GeoReportResource.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThrows(
        RuntimeException.class, () -> GeoReportResource.form(new ByteArrayInputStream(big)));
  }
}
