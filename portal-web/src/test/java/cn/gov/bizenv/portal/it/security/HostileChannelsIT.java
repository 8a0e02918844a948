package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.ServerLog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input run's other doors (issue 18): the public mailbox API, Open311 in JSON and in
 * XML, and the Excel imports. Each input answers 4xx, in the caller's format, with the field named
 * where there is one, nothing is stored, and the server logs no stack trace. {@link HostileInputIT}
 * covers the staff API; both run on PostgreSQL and on H2.
 */
class HostileChannelsIT extends PortalIT {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> LETTER_TEXT =
      List.of("title", "content", "firmName", "writerName", "mobile", "idNumber");
  private static final int[] UNICODE_SPACES = {0x00A0, 0x2003, 0x200A, 0x2028, 0x3000};

  /**
   * One hostile input: what it is, how to send it, and the field its answer must name (or null).
   */
  record Probe(String what, Supplier<Reply> send, String field) {}

  @Test
  void everyHostileLetterIsRefusedNamingItsFieldAndNothingIsStored() {
    ApiClient triage = apiAs("triage");
    long before = total(triage);
    long district = district();
    List<Probe> probes = new ArrayList<>();
    for (String field : LETTER_TEXT) {
      for (char c = 0; c < 0x20; c++) {
        if (c != '\t' && c != '\n' && c != '\r') {
          String value = "值" + c + "尾";
          probes.add(letter(field + " U+" + hex(c), letter(district).add(field, value), field));
        }
      }
    }
    for (String field : List.of("title", "content", "writerName", "mobile")) {
      for (int space : UNICODE_SPACES) {
        String blank = new String(new int[] {space, space}, 0, 2);
        probes.add(
            letter(field + " of U+" + hex(space), letter(district).add(field, blank), field));
      }
    }
    probes.add(letter("title too long", letter(district).add("title", "长".repeat(101)), "title"));
    probes.add(
        letter("content too long", letter(district).add("content", "长".repeat(5001)), "content"));
    probes.add(
        letter(
            "writer too long", letter(district).add("writerName", "长".repeat(51)), "writerName"));
    for (String mobile : List.of("1234", "23812345678", "1381234567x", "+8613812345678")) {
      probes.add(letter("mobile " + mobile, letter(district).add("mobile", mobile), "mobile"));
    }
    for (String idNumber : List.of("110105194912310021", "12345", "11010519491231002Y")) {
      probes.add(
          letter("id number " + idNumber, letter(district).add("idNumber", idNumber), "idNumber"));
    }
    probes.add(letter("no type", letter(district).addNull("type"), "type"));
    probes.add(letter("no district", letter(district).addNull("districtId"), "districtId"));
    probes.add(
        letter(
            "fractional district",
            letter(district).add("districtId", district + 0.5),
            "letter.districtId"));
    probes.add(
        letter(
            "district beyond long",
            letter(district).add("districtId", new java.math.BigDecimal("1e30")),
            "letter.districtId"));
    probes.add(
        letter("unknown type", letter(district).add("type", "<script>"), null)); // malformed body
    ApiClient citizen = ApiClient.anonymous(onLoopback());
    probes.add(
        new Probe(
            "wrong sum",
            () ->
                citizen.post(
                    "api/public/mailbox/letters",
                    submission(citizen, letter(district), 1_000_000, List.of())),
            "challengeAnswer"));
    probes.add(
        new Probe(
            "fractional sum",
            () ->
                citizen.post(
                    "api/public/mailbox/letters",
                    submission(citizen, letter(district), null, List.of())
                        .replaceFirst("\"challengeAnswer\":(\\d+)", "\"challengeAnswer\":$1.5")),
            "challengeAnswer"));
    probes.add(
        new Probe(
            "forged form token",
            () ->
                citizen.post(
                    "api/public/mailbox/letters",
                    submission(citizen, letter(district), null, List.of())
                        .replaceFirst("\"formToken\":\"[^\"]+\"", "\"formToken\":\"forged\"")),
            "formToken"));
    for (JsonObject file :
        List.of(
            file("照片.jpg", "不是Base64!!"),
            file("病毒.exe", Base64.getEncoder().encodeToString("MZ".getBytes())),
            file("说明.pdf", Base64.getEncoder().encodeToString("<script>x</script>".getBytes())),
            file("../../etc/passwd", Base64.getEncoder().encodeToString("root".getBytes())))) {
      probes.add(
          new Probe(
              "attachment " + file.getString("fileName"),
              () ->
                  citizen.post(
                      "api/public/mailbox/letters",
                      submission(citizen, letter(district), null, List.of(file))),
              null));
    }
    for (String body : List.of("", "{", "[]", "null", "{\"letter\": 5}", "{\"letter\": []}")) {
      probes.add(
          new Probe(
              "body " + body,
              () -> citizen.post("api/public/mailbox/letters", body.isEmpty() ? "{}" : body),
              null));
    }
    for (String key :
        List.of(
            "{\"trackingNumber\": \"XX\u0000\", \"queryCode\": \"ABC\"}",
            "{\"trackingNumber\": 5, \"queryCode\": []}",
            "{\"trackingNumber\": \"" + "9".repeat(5000) + "\", \"queryCode\": \"A\"}")) {
      probes.add(
          new Probe(
              "tracking " + key.substring(0, Math.min(40, key.length())),
              () -> ApiClient.anonymous(onLoopback()).post("api/public/mailbox/tracking", key),
              null));
    }
    assertRefused(probes, 200);
    assertEquals(before, total(triage), "nothing was stored");
  }

  @Test
  void everyHostileOpen311RequestIsRefusedInItsOwnFormatNamingItsField() {
    ApiClient admin = apiAs("admin");
    ApiClient triage = apiAs("triage");
    long before = total(triage);
    ApiClient anyone = ApiClient.anonymous(onLoopback());
    String key = admin.post("api/open311-keys", "{\"name\":\"恶意输入\"}").json().getString("key");
    String service =
        anyone
            .get("api/open311/v2/services.json")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getString("service_code");
    String valid =
        "api_key="
            + key
            + "&service_code="
            + service
            + "&attribute%5Bdistrict%5D="
            + district()
            + "&address_string="
            + encode("人民路1号");
    List<String[]> hostile = new ArrayList<>();
    for (char c : new char[] {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F}) {
      String text = encode("路灯" + c + "不亮");
      hostile.add(new String[] {"description", "description=" + text});
      hostile.add(new String[] {"address_string", "description=abc&address_string=" + text});
      // first_name and last_name make the writer's name, which the error names
      hostile.add(new String[] {"name", "description=abc&first_name=" + text});
      hostile.add(new String[] {"name", "description=abc&last_name=" + text});
    }
    hostile.add(new String[] {"description", "description=" + encode("\u3000\u3000")});
    hostile.add(new String[] {"description", "description=" + "a".repeat(4001)});
    for (String lat : List.of("999", "-91", "abc", "NaN", "1e999", "Infinity")) {
      hostile.add(new String[] {"lat", "description=abc&long=115&lat=" + encode(lat)});
    }
    for (String lon : List.of("-500", "181", "x", "--1")) {
      hostile.add(new String[] {"long", "description=abc&lat=35&long=" + encode(lon)});
    }
    for (String email : List.of("<script>@x", "a@", "@b.cn", "a b@c.cn", "a@b@c")) {
      hostile.add(new String[] {"email", "description=abc&email=" + encode(email)});
    }
    for (String phone : List.of("abc", "1".repeat(40), "138\u00001234")) {
      hostile.add(new String[] {"phone", "description=abc&phone=" + encode(phone)});
    }
    List<Probe> probes = new ArrayList<>();
    for (String[] bad : hostile) {
      // the form's first value of a name counts: the valid address gives way to a hostile one
      String base =
          bad[1].contains("address_string=")
              ? valid.replaceFirst("&address_string=[^&]*", "")
              : valid;
      byte[] body = (base + "&" + bad[1]).getBytes(StandardCharsets.UTF_8);
      probes.add(
          new Probe(
              "xml " + bad[0] + " " + abbreviate(bad[1]),
              () -> xmlNaming(anyone.post("api/open311/v2/requests.xml", FORM, body), bad[0]),
              null));
      probes.add(
          new Probe(
              "json " + bad[0] + " " + abbreviate(bad[1]),
              () -> jsonNaming(anyone.post("api/open311/v2/requests.json", FORM, body), bad[0]),
              null));
    }
    for (String format : List.of("json", "xml")) {
      String path = "api/open311/v2/requests." + format;
      byte[] oversized = (valid + "&description=" + encode("长".repeat(20_000))).getBytes();
      probes.add(
          new Probe(
              format + " body of " + oversized.length + " bytes",
              () -> tooLarge(anyone.post(path, FORM, oversized)),
              null));
      probes.add(
          new Probe(
              format + " forged key",
              () ->
                  anyone.post(
                      path,
                      FORM,
                      valid.replace(key, "forged").concat("&description=abc").getBytes()),
              null));
      probes.add(
          new Probe(
              format + " unknown service",
              () ->
                  anyone.post(
                      path,
                      FORM,
                      valid.replace(service, "no-such").concat("&description=abc").getBytes()),
              null));
      probes.add(
          new Probe(
              format + " district 1.5",
              () ->
                  anyone.post(
                      path,
                      FORM,
                      (valid.replaceFirst("district%5D=\\d+", "district%5D=1.5")
                              + "&description=abc")
                          .getBytes()),
              null));
    }
    assertRefused(probes, 100);
    assertEquals(before, total(triage), "nothing was stored");
  }

  @Test
  void everyHostileWorkbookIsRefusedAndNothingIsImported() {
    ApiClient triage = apiAs("triage");
    ApiClient admin = apiAs("admin");
    long before = total(triage);
    List<byte[]> files = new ArrayList<>();
    files.add(new byte[0]);
    files.add("序号,标题\n1,路灯".getBytes(StandardCharsets.UTF_8));
    files.add(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    files.add(zipOf("word/document.xml", "<w:document/>".getBytes()));
    files.add(zipOf("xl/workbook.xml", "<workbook".getBytes()));
    files.add(zipOf("xl/sharedStrings.xml", new byte[20_000_000])); // a zip bomb: 20 MB of zeros
    List<Probe> probes = new ArrayList<>();
    for (byte[] file : files) {
      String what = "file of " + file.length + " bytes";
      probes.add(
          new Probe(
              "cases preview " + what,
              () -> triage.post("api/cases/import/preview", XLSX, file),
              null));
      probes.add(
          new Probe(
              "cases import " + what,
              () -> triage.post("api/cases/import?source=" + encode("恶意文件"), XLSX, file),
              null));
      probes.add(
          new Probe(
              "categories " + what, () -> admin.post("api/categories/import", XLSX, file), null));
      probes.add(
          new Probe(
              "assignments preview " + what,
              () -> admin.post("api/assignments/import/preview", XLSX, file),
              null));
    }
    long unit = triage.unitId("华龙区");
    for (String escape : List.of("_x0000_", "_x0001_", "_x000B_", "_x001F_")) {
      byte[] book = escaped(caseWorkbook("路灯控不亮", "人民路路灯不亮。", "华龙区"), escape);
      probes.add(
          new Probe(
              "cases import with " + escape + " in a title",
              () -> triage.post("api/cases/import?source=" + encode("控制字符"), XLSX, book),
              null));
      probes.add(
          new Probe(
              "cases preview with " + escape + " in a title",
              () -> previewRefused(triage.post("api/cases/import/preview", XLSX, book)),
              null));
    }
    // Rows breaking the form's rules: all or nothing refuses the batch.
    for (String[] row :
        new String[][] {
          {"长".repeat(201), "内容", "华龙区", "", ""},
          {"标题", "长".repeat(20_001), "华龙区", "", ""},
          {"标题", "内容", "华龙区", "王某", "1234"},
          {"标题", "内容", "华龙区", "王某", "13812345678", "110105194912310021"}
        }) {
      byte[] book = caseWorkbook(row);
      probes.add(
          new Probe(
              "cases import of row " + String.join("|", row).substring(0, 12),
              () -> triage.post("api/cases/import?source=" + encode("坏行"), XLSX, book),
              null));
    }
    byte[] blank = caseWorkbook("\u3000\u3000", "内容", "华龙区");
    probes.add(
        new Probe(
            "cases import with a blank title",
            () -> triage.post("api/cases/import?source=" + encode("空白标题"), XLSX, blank),
            null));
    byte[] unknownUnit = caseWorkbook("标题", "内容", "不存在的单位" + unit);
    probes.add(
        new Probe(
            "cases import naming no unit",
            () -> triage.post("api/cases/import?source=" + encode("单位"), XLSX, unknownUnit),
            null));
    byte[] fine = caseWorkbook("标题", "内容", "华龙区");
    probes.add(
        new Probe(
            "cases import with a source of controls",
            () -> triage.post("api/cases/import?source=" + encode("来源\u0001"), XLSX, fine),
            "source"));
    probes.add(
        new Probe(
            "cases import in an unknown mode",
            () -> triage.post("api/cases/import?mode=ANY&source=x", XLSX, fine),
            "mode"));
    assertRefused(probes, 25);
    assertEquals(before, total(triage), "nothing was stored");
  }

  /** Sends every probe; each must be 4xx, name its field if it has one; none may be 5xx or 2xx. */
  private static void assertRefused(List<Probe> probes, int atLeast) {
    assertTrue(probes.size() >= atLeast, "a run of at least " + atLeast + ": " + probes.size());
    ServerLog log = ServerLog.markNow();
    List<String> wrong = new ArrayList<>();
    for (Probe probe : probes) {
      Reply reply;
      try {
        reply = probe.send().get();
      } catch (RuntimeException failed) {
        wrong.add(probe.what() + " → " + failed.getMessage());
        continue;
      }
      if (reply.status() < 400 || reply.status() >= 500) {
        wrong.add(probe.what() + " → " + reply.status() + " " + abbreviate(reply.body()));
      } else if (probe.field() != null && !names(reply, probe.field())) {
        wrong.add(probe.what() + " → no field " + probe.field() + ": " + abbreviate(reply.body()));
      }
    }
    assertEquals(List.of(), wrong, wrong.size() + " of " + probes.size() + " answered wrongly");
    assertEquals(
        List.of(), log.troubleSinceMark(), "the server logged no stack trace and no error");
  }

  private Probe letter(String what, JsonObjectBuilder letter, String field) {
    ApiClient citizen = ApiClient.anonymous(onLoopback());
    return new Probe(
        "letter " + what,
        () ->
            citizen.post(
                "api/public/mailbox/letters", submission(citizen, letter, null, List.of())),
        field);
  }

  /** The letter with a fresh form token and the right sum unless {@code answer} is given. */
  private static String submission(
      ApiClient citizen, JsonObjectBuilder letter, Integer answer, List<JsonObject> files) {
    JsonObject challenge = citizen.get("api/public/mailbox/challenge").json();
    String[] sum = challenge.getString("question").replace(" = ?", "").split(" \\+ ");
    int right = Integer.parseInt(sum[0]) + Integer.parseInt(sum[1]);
    var attachments = Json.createArrayBuilder();
    files.forEach(attachments::add);
    return Json.createObjectBuilder()
        .add("letter", letter)
        .add("formToken", challenge.getString("formToken"))
        .add("challengeAnswer", answer == null ? right : answer)
        .add("attachments", attachments)
        .build()
        .toString();
  }

  private static JsonObjectBuilder letter(long district) {
    return Json.createObjectBuilder()
        .add("type", "COMPLAINT")
        .add("title", "恶意来信")
        .add("content", "内容")
        .add("districtId", district)
        .add("firmName", "某某公司")
        .add("writerName", "王小明")
        .add("mobile", "13812345678")
        .add("publishConsent", false);
  }

  private static JsonObject file(String name, String content) {
    return Json.createObjectBuilder().add("fileName", name).add("content", content).build();
  }

  /** An XML answer must be a GeoReport error list naming the field; anything else is made a 200. */
  private static Reply xmlNaming(Reply reply, String field) {
    boolean ours =
        reply.contentType() != null
            && reply.contentType().startsWith("text/xml")
            && reply.body().contains("<description>" + field + ":");
    return ours ? reply : notInItsFormat(reply, "a GeoReport XML error naming " + field);
  }

  private static Reply tooLarge(Reply reply) {
    return reply.status() == 413 ? reply : notInItsFormat(reply, "413");
  }

  private static Reply jsonNaming(Reply reply, String field) {
    try {
      String description =
          reply.structure().asJsonArray().getJsonObject(0).getString("description");
      if (description.startsWith(field + ":")) {
        return reply;
      }
    } catch (RuntimeException notAnErrorList) {
      // falls through
    }
    return notInItsFormat(reply, "a GeoReport JSON error naming " + field);
  }

  private static Reply notInItsFormat(Reply reply, String expected) {
    return new Reply(
        200, "expected " + expected + ", got " + reply, reply.contentType(), null, null);
  }

  private static byte[] caseWorkbook(String... cells) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("交办件");
      XSSFRow header = sheet.createRow(0);
      String[] columns = {"标题", "内容", "承办单位", "分类", "来信人", "联系电话", "身份证号"};
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i]);
      }
      XSSFRow row = sheet.createRow(1);
      // title, content, unit, then (skipping the category) writer, phone, ID number
      int[] columnOf = {0, 1, 2, 4, 5, 6};
      for (int i = 0; i < cells.length; i++) {
        row.createCell(columnOf[i]).setCellValue(cells[i]);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The workbook with "控" in its shared strings replaced by an escape, as Excel writes a control
   * character (a workbook's XML cannot hold one; POI itself would write "?").
   */
  private static byte[] escaped(byte[] workbook, String escape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/sharedStrings.xml")) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replace("控", escape)
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A preview answers 200 and lists the row's problems; a valid row is made a wrong answer. */
  private static Reply previewRefused(Reply preview) {
    if (preview.status() == 200
        && preview.json().getInt("invalidRows") == 1
        && preview.body().contains("input.controlCharacter")) {
      return new Reply(400, preview.body(), preview.contentType(), null, null);
    }
    return new Reply(200, "expected the row refused, got " + preview, null, null, null);
  }

  private static byte[] zipOf(String entry, byte[] content) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long district() {
    return ApiClient.anonymous(onLoopback())
        .get("api/public/mailbox/districts")
        .structure()
        .asJsonArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("name").equals("华龙区"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
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

  private static String hex(int c) {
    return String.format("%04X", c);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
