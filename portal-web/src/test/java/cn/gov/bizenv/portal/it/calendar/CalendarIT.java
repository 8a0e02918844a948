package cn.gov.bizenv.portal.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar, the time limits and the deadlines they make, black-box over HTTP
 * against the deployed portal.war: the shipped 2026 arrangement, an administrator entering 2027,
 * refusals, deadlines over the 2026 Spring Festival, and the administrator's pages. Each test
 * leaves the shipped years and the channels' default rules as they were, so the tests hold in any
 * order and on a reused database.
 */
class CalendarIT extends PortalIT {
  static final String PASSWORD = "Demo@2026";

  URL base;

  ApiClient admin;
  ApiClient triage;

  @BeforeEach
  void clients() {
    base = onLoopback();
    admin = apiAs("admin");
    triage = apiAs("triage");
  }

  @Test
  void theShipped2026ArrangementHasItsMakeUpSaturday() {
    Reply read = admin.get("api/calendar/2026");
    assertEquals(200, read.status(), read.toString());
    JsonObject year = read.json();
    assertTrue(year.getBoolean("covered"));
    assertTrue(dates(year, "makeUpWorkdays").contains("2026-02-14"), year.toString());
    assertTrue(dates(year, "holidays").contains("2026-02-16"));
    assertFalse(dates(year, "holidays").contains("2026-02-14"));
    assertEquals(33, dates(year, "holidays").size());

    JsonArray years = apiAs("supervisor").get("api/calendar").structure().asJsonArray();
    JsonObject listed2025 = yearIn(years, 2025);
    assertTrue(listed2025.getBoolean("covered"));
    assertEquals(5, listed2025.getInt("makeUpWorkdayCount"));
  }

  @Test
  void anAdministratorEnters2027AndCountsFollowIt() {
    String body =
        "{\"holidays\":[\"2027-01-01\"],\"makeUpWorkdays\":[\"2027-01-09\"],\"source\":\"测试通知\",\"version\":%s}";
    Reply saved =
        admin.put(
            "api/calendar/2027", body.formatted(version(admin.get("api/calendar/2027").json())));
    assertEquals(200, saved.status(), saved.toString());
    assertTrue(saved.json().getBoolean("covered"));
    assertEquals(List.of("2027-01-01"), dates(saved.json(), "holidays"));
    assertEquals(List.of("2027-01-09"), dates(saved.json(), "makeUpWorkdays"));
    assertEquals("admin", saved.json().getString("updatedBy"));

    JsonObject read = triage.get("api/calendar/2027").json();
    assertEquals(List.of("2027-01-09"), dates(read, "makeUpWorkdays"));
    assertEquals("测试通知", read.getString("source"));

    // From 31 Dec 2026: 1 Jan off, 4-8 Jan, Saturday 9 Jan worked, Monday 11 Jan.
    Reply count = triage.get("api/calendar/working-days?from=2026-12-31&to=2027-01-11");
    assertEquals(200, count.status(), count.toString());
    assertEquals(7, count.json().getInt("workingDays"));
    assertEquals(0, count.json().getJsonArray("yearsFallingBackToWeekends").size());

    // The cached calendar was rebuilt: received 30 Dec 2026, 10 working days end on 13 Jan 2027.
    JsonObject deadline =
        triage.get("api/deadlines?channel=MAYOR_MAILBOX&receivedAt=2026-12-30T10:00").json();
    assertTrue(
        deadline.getString("replyDue").startsWith("2027-01-13T23:59:59"), deadline.toString());
    assertEquals(0, deadline.getJsonArray("yearsFallingBackToWeekends").size());

    // Saving again needs the version just returned; the one before it is stale.
    long version = saved.json().getJsonNumber("version").longValue();
    Reply again = admin.put("api/calendar/2027", body.formatted(version));
    assertEquals(200, again.status(), again.toString());
    assertTrue(again.json().getJsonNumber("version").longValue() > version);
    Reply stale = admin.put("api/calendar/2027", body.formatted(version));
    assertEquals(409, stale.status(), stale.toString());
    assertEquals("error.conflict.stale", stale.json().getString("code"));
  }

  @Test
  void aWeekdayMakeUpWorkdayIsRefusedByDateAndNothingIsStored() {
    String before = admin.get("api/calendar/2027").body();
    // Wednesday 10 February 2027.
    Reply refused =
        admin.put(
            "api/calendar/2027",
            "{\"holidays\":[\"2027-02-11\"],\"makeUpWorkdays\":[\"2027-02-10\"],\"version\":"
                + version(admin.get("api/calendar/2027").json())
                + "}");
    assertEquals(400, refused.status(), refused.toString());
    JsonArray fields = refused.json().getJsonArray("fields");
    assertEquals(1, fields.size(), refused.toString());
    assertEquals("makeUpWorkdays", fields.getJsonObject(0).getString("field"));
    assertEquals("calendar.makeUp.notWeekend", fields.getJsonObject(0).getString("code"));
    assertTrue(
        fields.getJsonObject(0).getString("message").contains("2027-02-10"), refused.toString());
    assertEquals(before, admin.get("api/calendar/2027").body());

    Reply outOfRange = admin.get("api/calendar/1999");
    assertEquals(400, outOfRange.status());
    assertEquals(
        "year", outOfRange.json().getJsonArray("fields").getJsonObject(0).getString("field"));
  }

  @Test
  void onlyAdministratorsChangeTheCalendarAndTheRules() {
    Reply byTriage =
        triage.put("api/calendar/2027", "{\"holidays\":[\"2027-01-01\"],\"version\":null}");
    assertEquals(403, byTriage.status(), byTriage.toString());
    assertEquals("error.forbidden", byTriage.json().getString("code"));
    ApiClient unit = apiAs("unit");
    assertEquals(
        403,
        unit.post("api/time-limits", "{\"channel\":\"MAYOR_MAILBOX\",\"categoryCode\":\"X\"}")
            .status());
    long mailbox = defaultRule("MAYOR_MAILBOX").getJsonNumber("id").longValue();
    assertEquals(403, unit.delete("api/time-limits/" + mailbox + "?version=0").status());
    assertEquals(200, unit.get("api/time-limits/" + mailbox).status());
    assertEquals(401, ApiClient.anonymous(base).get("api/calendar").status());
  }

  @Test
  void aTriageOfficerReadsDeadlinesOverTheSpringFestival() {
    Reply reply = triage.get("api/deadlines?channel=MAYOR_MAILBOX&receivedAt=2026-02-13T10:00");
    assertEquals(200, reply.status(), reply.toString());
    JsonObject deadlines = reply.json();
    // Friday 13 Feb: Saturday 14th worked, 15th-23rd off, Saturday 28th worked.
    assertTrue(
        deadlines.getString("signOffDue").startsWith("2026-02-14T23:59:59"), deadlines.toString());
    assertTrue(deadlines.getString("replyDue").startsWith("2026-03-05T23:59:59"));
    assertTrue(deadlines.getString("totalDue").startsWith("2026-03-19T23:59:59"));
    assertEquals(10, deadlines.getJsonObject("rule").getInt("replyAmount"));
    assertEquals("MAYOR_MAILBOX", deadlines.getJsonObject("rule").getString("channel"));
    assertEquals(
        "2026-03-02", deadlines.getJsonArray("warnings").getJsonObject(0).getString("date"));
    JsonObject urge = deadlines.getJsonArray("ladder").getJsonObject(0);
    assertEquals("URGE", urge.getString("step"));
    assertEquals("2026-03-06", urge.getString("date"));
    assertEquals(0, deadlines.getJsonArray("yearsFallingBackToWeekends").size());

    // Deputies' suggestions: 3 calendar months; 1 Oct 2026 is in the National Day break.
    JsonObject months =
        triage.get("api/deadlines?channel=DEPUTY_SUGGESTION&receivedAt=2026-07-01T09:00").json();
    assertTrue(months.getString("replyDue").startsWith("2026-10-08T"), months.toString());

    // Far enough ahead, the clock says it is guessing.
    JsonObject guessed =
        triage.get("api/deadlines?channel=MAYOR_MAILBOX&receivedAt=2030-12-27T09:00").json();
    assertEquals(
        List.of(2030, 2031),
        guessed
            .getJsonArray("yearsFallingBackToWeekends")
            .getValuesAs((JsonValue value) -> ((jakarta.json.JsonNumber) value).intValue()));

    // An extension may take the reply up to the outer limit (20 working days), not beyond.
    String extended = "api/deadlines?channel=MAYOR_MAILBOX&receivedAt=2026-02-13T10:00&extension=";
    assertTrue(triage.get(extended + 10).json().getString("replyDue").startsWith("2026-03-19T"));
    Reply beyond = triage.get(extended + 11);
    assertEquals(422, beyond.status(), beyond.toString());
    assertEquals("deadline.extension.beyondTotal", beyond.json().getString("code"));
    assertTrue(beyond.json().getString("message").contains("2026-03-20"), beyond.toString());

    assertEquals(
        List.of("receivedAt"), fieldNames(triage.get("api/deadlines?channel=MAYOR_MAILBOX")));
    assertEquals(
        List.of("channel"),
        fieldNames(triage.get("api/deadlines?channel=FAX&receivedAt=2026-02-13T10:00")));
    assertEquals(
        List.of("receivedAt"),
        fieldNames(triage.get("api/deadlines?channel=MAYOR_MAILBOX&receivedAt=13.2.2026")));
  }

  @Test
  void aCategoryRuleWinsOverItsChannelsDefaultUntilRemoved() {
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    Reply created =
        admin.post(
            "api/time-limits", "{\"channel\":\"MAYOR_MAILBOX\",\"categoryCode\":\"" + code + "\"}");
    assertEquals(201, created.status(), created.toString());
    JsonObject rule = created.json();
    assertEquals(code, rule.getString("categoryCode"));
    assertEquals(10, rule.getInt("replyAmount"));
    long id = rule.getJsonNumber("id").longValue();

    String settings =
        "{\"signOffWorkingDays\":1,\"replyAmount\":3,\"replyUnit\":\"WORKING_DAYS\",\"totalAmount\":6,"
            + "\"totalUnit\":\"WORKING_DAYS\",\"firstWarningPercent\":%d,\"secondWarningPercent\":90,"
            + "\"urgeAfter\":1,\"supervisionOrderAfter\":3,\"noticeAfter\":5,\"accountabilityAfter\":10,\"version\":%d}";
    Reply invalid =
        admin.put(
            "api/time-limits/" + id,
            settings.formatted(95, rule.getJsonNumber("version").longValue()));
    assertEquals(List.of("secondWarningPercent"), fieldNames(invalid));
    Reply changed =
        admin.put(
            "api/time-limits/" + id,
            settings.formatted(70, rule.getJsonNumber("version").longValue()));
    assertEquals(200, changed.status(), changed.toString());
    Reply stale =
        admin.put(
            "api/time-limits/" + id,
            settings.formatted(60, rule.getJsonNumber("version").longValue()));
    assertEquals(409, stale.status(), stale.toString());

    String query =
        "api/deadlines?channel=MAYOR_MAILBOX&receivedAt=2026-02-13T10:00&category=" + code;
    assertTrue(triage.get(query).json().getString("replyDue").startsWith("2026-02-25T"));

    JsonObject mailboxDefault = defaultRule("MAYOR_MAILBOX");
    Reply keepDefault =
        admin.delete(
            "api/time-limits/"
                + mailboxDefault.getJsonNumber("id")
                + "?version="
                + mailboxDefault.getJsonNumber("version"));
    assertEquals(422, keepDefault.status(), keepDefault.toString());
    assertEquals("timeLimit.default.kept", keepDefault.json().getString("code"));

    Reply removed =
        admin.delete(
            "api/time-limits/" + id + "?version=" + changed.json().getJsonNumber("version"));
    assertEquals(204, removed.status(), removed.toString());
    assertTrue(triage.get(query).json().getString("replyDue").startsWith("2026-03-05T"));
  }

  @Test
  void theAdministratorsPagesShowTheCalendarAndTheRules() throws Exception {
    HttpClient adminBrowser = signedIn("admin");
    HttpResponse<String> calendarPage =
        adminBrowser.send(page("admin/calendar.xhtml"), BodyHandlers.ofString());
    assertEquals(200, calendarPage.statusCode(), calendarPage.body());
    String calendar = calendarPage.body();
    assertTrue(
        calendar.contains("国办发明电〔2024〕12号"), "the years table lists the shipped 2025 notice");
    assertTrue(calendar.contains("调休上班日期"), "the make-up workday picker is labelled");
    assertEquals(
        12, calendar.split("class=\"calendar-month\"", -1).length - 1, "twelve month grids");

    HttpResponse<String> rulesPage =
        adminBrowser.send(page("admin/time-limits.xhtml"), BodyHandlers.ofString());
    assertEquals(200, rulesPage.statusCode(), rulesPage.body());
    assertTrue(rulesPage.body().contains("市长信箱"), "the rules table lists the mayor's mailbox");
    assertTrue(rulesPage.body().contains("渠道默认"));

    HttpResponse<String> refused =
        signedIn("triage").send(page("admin/calendar.xhtml"), BodyHandlers.ofString());
    assertEquals(403, refused.statusCode());
  }

  /** A browser-like client signed in through the login form, keeping the session cookie. */
  private HttpClient signedIn(String username) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String form = client.send(page("login.xhtml"), BodyHandlers.ofString()).body();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertTrue(viewState.find(), form);
    String body =
        "loginForm=loginForm&loginForm%3Anext=&loginForm%3Ausername="
            + username
            + "&loginForm%3Apassword="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> home =
        client.send(
            HttpRequest.newBuilder(root().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            BodyHandlers.ofString());
    assertEquals(200, home.statusCode(), home.body());
    return client;
  }

  private HttpRequest page(String path) {
    return HttpRequest.newBuilder(root().resolve(path))
        .header("Accept-Language", "zh-CN")
        .GET()
        .build();
  }

  private URI root() {
    String url = base.toString();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  private JsonObject defaultRule(String channel) {
    Reply page = triage.get("api/time-limits?channel=" + channel);
    assertEquals(200, page.status(), page.toString());
    JsonObject first = page.json().getJsonArray("items").getJsonObject(0);
    assertTrue(first.getBoolean("channelDefault"), "the default rule comes first: " + page);
    return first;
  }

  private static String version(JsonObject year) {
    return year.containsKey("version") && !year.isNull("version")
        ? year.getJsonNumber("version").toString()
        : "null";
  }

  private static List<String> dates(JsonObject year, String list) {
    return year.getJsonArray(list)
        .getValuesAs((JsonValue value) -> ((jakarta.json.JsonString) value).getString());
  }

  private static JsonObject yearIn(JsonArray years, int year) {
    return years.stream()
        .map(JsonValue::asJsonObject)
        .filter(entry -> entry.getInt("year") == year)
        .findFirst()
        .orElseThrow(() -> new AssertionError("year " + year + " not listed: " + years));
  }

  private static List<String> fieldNames(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    return reply.json().getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("field"))
        .sorted()
        .toList();
  }
}
