package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.ServerLog;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The portal's own hostile-input run (issue 18): several hundred invalid inputs at the staff API's
 * case intake and list endpoints. Each must answer 4xx, never 5xx, name the field or parameter at
 * fault where there is one, store nothing, and leave no stack trace in the server's log. Run on
 * PostgreSQL and on H2 (the H2 execution includes this class).
 */
class HostileInputIT extends PortalIT {
  private static final List<String> TEXT_FIELDS =
      List.of(
          "title",
          "content",
          "firmName",
          "proposerName",
          "proposalNumber",
          "proposalSession",
          "writerName",
          "writerPhone",
          "writerIdNumber");
  private static final List<String> REQUIRED_TEXT = List.of("title", "content");
  private static final int[] UNICODE_SPACES = {
    0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
    0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000
  };

  record Probe(String what, Supplier<Reply> send, String field) {}

  @Test
  void everyHostileInputIsRefusedWith4xxNamingItsFieldAndNothingIsStored() {
    ApiClient triage = apiAs("triage");
    ApiClient admin = apiAs("admin");
    long unit = triage.unitId("华龙区");
    long before = total(triage);
    List<Probe> probes = new ArrayList<>();

    for (String field : TEXT_FIELDS) {
      for (char c = 0; c < 0x20; c++) {
        if (c == '\t' || c == '\n' || c == '\r') {
          continue;
        }
        String value = "值" + c + "尾";
        probes.add(
            new Probe(
                field + " with U+" + String.format("%04X", (int) c),
                () -> triage.post("api/cases", newCase(unit).add(field, value).build().toString()),
                field));
      }
    }
    for (String field : REQUIRED_TEXT) {
      for (int space : UNICODE_SPACES) {
        String blank = new String(new int[] {space, space}, 0, 2);
        probes.add(
            new Probe(
                field + " of U+" + String.format("%04X", space),
                () -> triage.post("api/cases", newCase(unit).add(field, blank).build().toString()),
                field));
      }
    }
    probes.add(tooLong(triage, unit, "title", 201));
    probes.add(tooLong(triage, unit, "content", 20_001));
    probes.add(tooLong(triage, unit, "firmName", 201));

    for (String body :
        List.of(
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"channel\":\"NO_SUCH_CHANNEL\",\"title\":\"t\",\"content\":\"c\",\"concernedUnitId\":1}",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"t\",\"content\":\"c\",\"concernedUnitId\":\"x\"}",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":[],\"content\":\"c\",\"concernedUnitId\":1}",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"t\",\"content\":{},\"concernedUnitId\":1}",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"t\",\"content\":\"c\",\"concernedUnitId\":1e400}",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"t\",\"content\":\"c\",\"concernedUnitId\":99999999999999999999}",
            "{\"title\":\"t\",\"content\":\"c\"}",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"t\"",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"\\ud800\",\"content\":\"c\",\"concernedUnitId\":1,}",
            "{}",
            "{\"channel\":null,\"title\":null,\"content\":null,\"concernedUnitId\":null}")) {
      probes.add(new Probe("body " + body, () -> triage.post("api/cases", body), null));
    }
    byte[][] notUtf8 = {
      {(byte) 0xC3, 0x28},
      {(byte) 0xA0, (byte) 0xA1},
      {(byte) 0xE2, 0x28, (byte) 0xA1},
      {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xFF},
      {(byte) 0xFE, (byte) 0xFF}
    };
    for (byte[] bad : notUtf8) {
      probes.add(
          new Probe(
              "body with bytes " + java.util.HexFormat.of().formatHex(bad),
              () -> triage.post("api/cases", "application/json", withBytesInTitle(unit, bad)),
              null));
    }
    for (String number :
        List.of(unit + ".5", "0.1", "1e30", "9223372036854775808", "-1e400", unit + ".000001")) {
      probes.add(
          new Probe(
              "concernedUnitId " + number,
              () ->
                  triage.post(
                      "api/cases",
                      newCase(unit)
                          .add("concernedUnitId", new java.math.BigDecimal(number))
                          .build()
                          .toString()),
              "concernedUnitId"));
    }
    for (String list : List.of("api/cases", "api/notifications", "api/audit")) {
      ApiClient reader = list.equals("api/audit") ? admin : triage;
      for (String parameter : List.of("offset", "limit")) {
        for (String value :
            List.of("abc", "99999999999", "1.5", "1e3", "--1", "0x10", "NaN", "-1", "%00", "一")) {
          probes.add(
              new Probe(
                  list + "?" + parameter + "=" + value,
                  () ->
                      reader.get(
                          list
                              + "?"
                              + parameter
                              + "="
                              + (value.startsWith("%")
                                  ? value
                                  : URLEncoder.encode(value, StandardCharsets.UTF_8))),
                  parameter));
        }
      }
    }

    for (String parameter :
        List.of("q", "status", "channel", "category", "from", "sort", "after")) {
      for (String value : List.of("%00", "a%01b", "%1F", "x%0By")) {
        probes.add(
            new Probe(
                "api/cases?" + parameter + "=" + value,
                () -> triage.get("api/cases?" + parameter + "=" + value),
                parameter));
      }
    }
    for (String parameter : List.of("batch", "unitId")) {
      for (String value : List.of("abc", "99999999999999999999", "1.0")) {
        probes.add(
            new Probe(
                "api/cases?" + parameter + "=" + value,
                () -> triage.get("api/cases?" + parameter + "=" + value),
                parameter));
      }
    }
    assertTrue(probes.size() >= 300, "a run of at least 300 inputs: " + probes.size());
    ServerLog log = ServerLog.markNow();
    List<String> wrong = new ArrayList<>();
    for (Probe probe : probes) {
      Reply reply = probe.send().get();
      if (reply.status() < 400 || reply.status() >= 500) {
        wrong.add(probe.what() + " → " + reply.status() + " " + reply.body());
      } else if (probe.field() != null && !names(reply, probe.field())) {
        wrong.add(probe.what() + " → no field " + probe.field() + ": " + reply.body());
      }
    }
    assertEquals(List.of(), wrong, wrong.size() + " of " + probes.size() + " answered wrongly");
    assertEquals(before, total(triage), "nothing was stored");
    assertEquals(
        List.of(), log.troubleSinceMark(), "the server logged no stack trace and no error");
  }

  private static Probe tooLong(ApiClient triage, long unit, String field, int length) {
    String value = "长".repeat(length);
    return new Probe(
        field + " of " + length + " characters",
        () -> triage.post("api/cases", newCase(unit).add(field, value).build().toString()),
        field);
  }

  private static JsonObjectBuilder newCase(long unit) {
    return Json.createObjectBuilder()
        .add("channel", "MAYOR_MAILBOX")
        .add("title", "恶意输入")
        .add("content", "内容")
        .add("concernedUnitId", unit);
  }

  private static byte[] withBytesInTitle(long unit, byte[] bad) {
    String json = newCase(unit).add("title", "@@").build().toString();
    int at = json.indexOf("@@");
    byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = json.substring(at + 2).getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bad, 0, body, head.length, bad.length);
    System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
    return body;
  }

  private static boolean names(Reply reply, String field) {
    try {
      return reply.json().getJsonArray("fields").stream()
          .map(JsonValue::asJsonObject)
          .anyMatch(error -> error.getString("field").equals(field));
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  private static long total(ApiClient triage) {
    return triage.get("api/cases?limit=1").json().getJsonNumber("total").longValue();
  }
}
