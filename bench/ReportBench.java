import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supervision reports at a city's scale: each dashboard figure through the REST API beside the
 * same aggregate written by hand in SQL and run over JDBC, the whole dashboard, the ranking, the
 * coverage and the dashboard page (dashboard and coverage read at once, as the page reads them),
 * and the dashboard's and the coverage's counts against hand-written SQL. Run by bench/reports.sh,
 * which starts the portal and the database and loads the data.
 *
 * <pre>
 * java -cp postgresql.jar bench/ReportBench.java measure BASE_URL JDBC_URL NOW
 * </pre>
 *
 * The period is the year up to NOW (365 days), and every call passes asOf=NOW, so that the API and
 * the SQL judge "overdue" against the same moment. An API figure is the drill-down {@code
 * /api/reports/cases?figure=X&limit=1}: its total is the figure's count (the same definition the
 * dashboard uses) and it also reads the first case of the list; its time includes HTTP,
 * authentication and JSON, whose cost alone is printed as the "overhead" row.
 */
public class ReportBench {
  static final String AUTH =
      "Basic "
          + Base64.getEncoder().encodeToString("leader:Demo@2026".getBytes(StandardCharsets.UTF_8));
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final int REPEATS = Integer.getInteger("bench.repeats", 30);
  static final int WARM_UP = 5;
  static final String ANSWERED = "('REPLIED', 'CLOSED', 'FOLLOWED_UP')";
  static final String COHORT = "received_at >= :start AND received_at < :end";
  static final String REPLY_DUE =
      "reply_due >= :start AND reply_due < :end AND ((replied_at IS NOT NULL AND status IN "
          + ANSWERED
          + ") OR reply_due < :now)";

  public static void main(String[] args) {
    try {
      measure(URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/"), args[2], args[3]);
      System.exit(0);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  record Timing(double p50, double p99) {}

  static void measure(URI base, String jdbcUrl, String nowText) throws Exception {
    LocalDateTime now = LocalDateTime.parse(nowText.replace(' ', 'T'));
    LocalDate to = now.toLocalDate();
    LocalDate from = to.minusDays(364);
    String scope = "from=" + from + "&to=" + to + "&asOf=" + enc(now.toString());
    try (Connection db = DriverManager.getConnection(jdbcUrl, "portal", "portal")) {
      long district = single(db, "SELECT min(id) FROM unit WHERE kind = 'COUNTY_OR_DISTRICT'");
      long lead =
          single(
              db,
              "SELECT lead_unit_id FROM case_file WHERE lead_unit_id IS NOT NULL"
                  + " GROUP BY lead_unit_id ORDER BY count(*) DESC LIMIT 1");
      System.out.printf(
          "period %s .. %s, as of %s; %d timed calls per item after %d warm-up calls%n%n",
          from, to, now, REPEATS, WARM_UP);

      Timing overhead = time(() -> get(base, "api/reports/ranking/weights"));
      System.out.printf(
          "overhead: authenticated GET of the ranking weights (6 rows): p50 %.1f ms, p99 %.1f"
              + " ms%n%n",
          overhead.p50(), overhead.p99());

      // figure, key, hand-written SQL of its count
      String[][] figures = {
        {"RECEIVED", "", COHORT},
        {"CHANNEL", "FIRM_REQUEST", COHORT + " AND channel = 'FIRM_REQUEST'"},
        {"STATUS", "IN_PROGRESS", COHORT + " AND status = 'IN_PROGRESS'"},
        {
          "CATEGORY",
          "01",
          COHORT
              + " AND category_id IN (SELECT id FROM category WHERE code = '01' OR code LIKE"
              + " '01.%')"
        },
        {"LEAD_UNIT", Long.toString(lead), COHORT + " AND lead_unit_id = " + lead},
        {"DISTRICT", Long.toString(district), COHORT + " AND concerned_unit_id = " + district},
        {"CLOSED", "", "closed_at >= :start AND closed_at < :end"},
        {"REPLY_DUE", "", REPLY_DUE},
        {
          "ON_TIME",
          "",
          REPLY_DUE
              + " AND replied_at IS NOT NULL AND status IN "
              + ANSWERED
              + " AND replied_at <= reply_due"
        },
        {
          "LATE",
          "",
          REPLY_DUE
              + " AND (replied_at IS NULL OR status NOT IN "
              + ANSWERED
              + " OR replied_at > reply_due)"
        },
        {
          "OVERDUE",
          "",
          "reply_due >= :start AND reply_due < :end AND reply_due < :now AND status IN"
              + " ('DISPATCHED', 'IN_PROGRESS')"
        },
        {
          "HANDLED",
          "",
          "replied_at >= :start AND replied_at < :end AND dispatched_at IS NOT NULL AND status IN "
              + ANSWERED
        },
        {"RATED", "", COHORT + " AND satisfaction IS NOT NULL"},
        {
          "SATISFIED",
          "",
          COHORT + " AND satisfaction IN ('NEUTRAL', 'SATISFIED', 'VERY_SATISFIED')"
        },
        {"CLOSED_ONCE", "", COHORT + " AND (closed_at IS NOT NULL OR reopen_count > 0)"},
        {"REOPENED", "", COHORT + " AND reopen_count > 0"},
        {
          "FIRM_REQUEST_SOLVED",
          "",
          COHORT
              + " AND channel = 'FIRM_REQUEST' AND status IN ('CLOSED', 'FOLLOWED_UP') AND outcome"
              + " = 'SOLVED'"
        },
      };
      // "ratio" compares the API's p50 with the SQL's; "net" first takes the overhead's p50 off the
      // API's (HTTP, authentication, JSON), leaving the portal's queries and mapping.
      System.out.printf(
          "%-28s %9s %21s %17s %7s %7s%n",
          "figure (key)", "count", "API p50 / p99 ms", "SQL p50 / p99 ms", "ratio", "net");
      double sqlSum = 0;
      for (String[] f : figures) {
        String path =
            "api/reports/cases?figure="
                + f[0]
                + (f[1].isEmpty() ? "" : "&key=" + enc(f[1]))
                + "&"
                + scope
                + "&limit=1";
        String sql = "SELECT count(*) FROM case_file WHERE " + f[2];
        long apiCount = total(get(base, path));
        long sqlCount = count(db, sql, from, to, now);
        Timing api = time(() -> get(base, path));
        Timing raw = time(() -> count(db, sql, from, to, now));
        sqlSum += raw.p50();
        System.out.printf(
            "%-28s %9d %21s %17s %6.1fx %6.1fx%s%n",
            f[0] + (f[1].isEmpty() ? "" : " (" + f[1] + ")"),
            apiCount,
            String.format("%.1f / %.1f", api.p50(), api.p99()),
            String.format("%.1f / %.1f", raw.p50(), raw.p99()),
            api.p50() / raw.p50(),
            Math.max(0, api.p50() - overhead.p50()) / raw.p50(),
            apiCount == sqlCount ? "" : "  MISMATCH: SQL counts " + sqlCount);
      }

      // The dashboard's breakdowns and day series, by hand, for the sum of its raw aggregates.
      String[][] breakdowns = {
        {
          "by channel",
          "SELECT channel, count(*) FROM case_file WHERE " + COHORT + " GROUP BY channel"
        },
        {
          "by status", "SELECT status, count(*) FROM case_file WHERE " + COHORT + " GROUP BY status"
        },
        {
          "by category (level 1 and 2 from one pass)",
          "SELECT k.code, count(*) FROM case_file c JOIN category k ON k.id = c.category_id WHERE "
              + COHORT.replace("received_at", "c.received_at")
              + " GROUP BY k.code"
        },
        {
          "by lead unit",
          "SELECT lead_unit_id, count(*) FROM case_file WHERE "
              + COHORT
              + " AND lead_unit_id IS NOT NULL GROUP BY lead_unit_id"
        },
        {
          "by district",
          "SELECT c.concerned_unit_id, count(*) FROM case_file c JOIN unit u ON u.id ="
              + " c.concerned_unit_id WHERE "
              + COHORT.replace("received_at", "c.received_at")
              + " AND u.kind = 'COUNTY_OR_DISTRICT' GROUP BY c.concerned_unit_id"
        },
        {
          "received per day",
          "SELECT CAST(received_at AS date), count(*) FROM case_file WHERE "
              + COHORT
              + " GROUP BY 1"
        },
        {
          "closed per day",
          "SELECT CAST(closed_at AS date), count(*) FROM case_file WHERE closed_at >= :start AND"
              + " closed_at < :end GROUP BY 1"
        },
        {
          "handled per dispatch day",
          "SELECT CAST(dispatched_at AS date), count(*) FROM case_file WHERE replied_at >= :start"
              + " AND replied_at < :end AND dispatched_at IS NOT NULL AND status IN "
              + ANSWERED
              + " GROUP BY 1"
        },
        {
          "handled per reply day",
          "SELECT CAST(replied_at AS date), count(*) FROM case_file WHERE replied_at >= :start AND"
              + " replied_at < :end AND dispatched_at IS NOT NULL AND status IN "
              + ANSWERED
              + " GROUP BY 1"
        },
      };
      System.out.printf("%n%-44s %17s%n", "dashboard breakdown (SQL only)", "SQL p50 / p99 ms");
      // The dashboard's scalar counts: RECEIVED, CLOSED, REPLY_DUE, ON_TIME, OVERDUE, HANDLED,
      // RATED,
      // SATISFIED, CLOSED_ONCE, REOPENED (rows 0, 6, 7, 8, 10, 11, 12..15 above).
      double dashboardSql = 0;
      for (String[] b : breakdowns) {
        Timing raw = time(() -> count(db, b[1], from, to, now));
        dashboardSql += raw.p50();
        System.out.printf("%-44s %17s%n", b[0], String.format("%.1f / %.1f", raw.p50(), raw.p99()));
      }
      for (int i : new int[] {0, 6, 7, 8, 10, 11, 12, 13, 14, 15}) {
        String sql = "SELECT count(*) FROM case_file WHERE " + figures[i][2];
        dashboardSql += time(() -> count(db, sql, from, to, now)).p50();
      }
      System.out.printf(
          "%-44s %17.1f%n", "all of the dashboard's aggregates, one by one", dashboardSql);
      System.out.printf("%-44s %17.1f%n", "all of the figures above, one by one", sqlSum);

      System.out.printf("%n%-44s %21s%n", "whole reports through the API", "p50 / p99 ms");
      report(base, "year dashboard (/api/reports/dashboard)", "api/reports/dashboard?" + scope);
      report(base, "ranking (/api/reports/ranking)", "api/reports/ranking?" + scope);
      String coverage = "api/reports/coverage?from=" + from + "&to=" + to;
      report(base, "coverage (/api/reports/coverage)", coverage);
      Timing oneByOne =
          time(() -> get(base, "api/reports/dashboard?" + scope) + get(base, coverage));
      System.out.printf(
          "%-44s %21s%n",
          "dashboard, then coverage", String.format("%.1f / %.1f", oneByOne.p50(), oneByOne.p99()));
      // The dashboard page reads its case figures and its coverage at once
      // (ReportDashboard.refresh).
      Timing page = time(() -> both(base, "api/reports/dashboard?" + scope, coverage));
      System.out.printf(
          "%-44s %21s%n",
          "dashboard page: both at once, as it reads them",
          String.format("%.1f / %.1f", page.p50(), page.p99()));
      report(
          base,
          "district dashboard (&district=" + district + ")",
          "api/reports/dashboard?" + scope + "&district=" + district);

      // The year dashboard reads the per-day tallies; each of its counts must equal the SQL's.
      String dashboard = get(base, "api/reports/dashboard?" + scope);
      String[][] fields = {
        {"received", "0"},
        {"closed", "6"},
        {"replyDue", "7"},
        {"onTime", "8"},
        {"overdue", "10"},
        {"handled", "11"},
        {"rated", "12"},
        {"satisfied", "13"},
        {"closedOnce", "14"},
        {"reopened", "15"}
      };
      List<String> mismatches = new ArrayList<>();
      for (String[] field : fields) {
        Matcher value = Pattern.compile("\"" + field[0] + "\":(\\d+)").matcher(dashboard);
        long shown = value.find() ? Long.parseLong(value.group(1)) : -1;
        long counted =
            count(
                db,
                "SELECT count(*) FROM case_file WHERE " + figures[Integer.parseInt(field[1])][2],
                from,
                to,
                now);
        if (shown != counted) {
          mismatches.add(field[0] + " " + shown + " vs SQL " + counted);
        }
      }
      System.out.printf(
          "%nyear dashboard's %d counts against the SQL: %s%n",
          fields.length, mismatches.isEmpty() ? "all equal" : "MISMATCH " + mismatches);

      // The coverage reads its own tallies; each of its counts must equal the SQL's.
      String visited =
          "EXISTS (SELECT 1 FROM visit v WHERE v.firm_id = f.id AND v.status = 'HELD'"
              + " AND v.visit_date >= :start AND v.visit_date < :end)";
      String pushed = "FROM delivery WHERE pushed_on >= :start AND pushed_on < :end";
      String[][] coverageCounts = {
        {
          "firmsDue",
          "SELECT count(*) FROM firm f WHERE f.officer_id IS NOT NULL AND (f.next_visit_due < :end"
              + " OR "
              + visited
              + ")"
        },
        {
          "firmsVisited",
          "SELECT count(*) FROM firm f WHERE f.officer_id IS NOT NULL AND " + visited
        },
        {
          "visitsHeld",
          "SELECT count(*) FROM visit WHERE status = 'HELD' AND visit_date >= :start AND visit_date"
              + " < :end"
        },
        {
          "visitsNotHeld",
          "SELECT count(*) FROM visit WHERE status = 'NOT_HELD' AND visit_date >= :start AND"
              + " visit_date < :end"
        },
        {
          "problemsRaised",
          "SELECT count(*) FROM visit v JOIN visit_case r ON r.visit_id = v.id WHERE v.status ="
              + " 'HELD' AND v.visit_date >= :start AND v.visit_date < :end"
        },
        {"pushed", "SELECT count(*) " + pushed},
        {"delivered", "SELECT count(delivered_on) " + pushed},
        {"acknowledged", "SELECT count(acknowledged_on) " + pushed},
        {"applied", "SELECT count(applied_on) " + pushed},
        {"redeemed", "SELECT count(redeemed_on) " + pushed},
        {
          "takenUp",
          "SELECT count(*) " + pushed + " AND (applied_on IS NOT NULL OR redeemed_on IS NOT NULL)"
        },
      };
      // The officers' rows repeat some names; the totals are the coverage's own fields.
      String totals = get(base, coverage).replaceAll("\"officers\":\\[[^\\]]*\\]", "");
      List<String> coverageMismatches = new ArrayList<>();
      for (String[] field : coverageCounts) {
        Matcher value = Pattern.compile("\"" + field[0] + "\":(\\d+)").matcher(totals);
        long shown = value.find() ? Long.parseLong(value.group(1)) : -1;
        long counted = count(db, field[1], from, to, now);
        if (shown != counted) {
          coverageMismatches.add(field[0] + " " + shown + " vs SQL " + counted);
        }
      }
      System.out.printf(
          "coverage's %d counts against the SQL: %s%n",
          coverageCounts.length,
          coverageMismatches.isEmpty() ? "all equal" : "MISMATCH " + coverageMismatches);
    }
  }

  static void report(URI base, String label, String path) throws Exception {
    Timing t = time(() -> get(base, path));
    System.out.printf("%-44s %21s%n", label, String.format("%.1f / %.1f", t.p50(), t.p99()));
  }

  static Timing time(Callable<?> call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.call();
    }
    long[] nanos = new long[REPEATS];
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      call.call();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return new Timing(
        nanos[REPEATS / 2] / 1e6,
        nanos[Math.min(REPEATS - 1, (int) Math.ceil(REPEATS * 0.99) - 1)] / 1e6);
  }

  /**
   * Runs SQL with :start, :end and :now written in as literals (as the portal sends its report
   * queries, so that each is planned for its period); the last column of the first row (or -1).
   */
  static long count(Connection db, String sql, LocalDate from, LocalDate to, LocalDateTime now)
      throws Exception {
    String literal =
        sql.replace(":start", "TIMESTAMP '" + Timestamp.valueOf(from.atStartOfDay()) + "'")
            .replace(":end", "TIMESTAMP '" + Timestamp.valueOf(to.plusDays(1).atStartOfDay()) + "'")
            .replace(":now", "TIMESTAMP '" + Timestamp.valueOf(now) + "'");
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(literal)) {
      long first = -1;
      while (rows.next()) {
        if (first < 0) {
          first = rows.getLong(rows.getMetaData().getColumnCount());
        }
      }
      return first;
    }
  }

  static long single(Connection db, String sql) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static String get(URI base, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(request(base, path), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Two GETs sent together; returns when both have answered. */
  static String both(URI base, String one, String other) throws Exception {
    java.util.concurrent.CompletableFuture<HttpResponse<String>> first =
        HTTP.sendAsync(request(base, one), HttpResponse.BodyHandlers.ofString());
    String second = get(base, other);
    HttpResponse<String> answered = first.get();
    if (answered.statusCode() != 200) {
      throw new IllegalStateException(
          one + " answered " + answered.statusCode() + ": " + answered.body());
    }
    return answered.body() + second;
  }

  static HttpRequest request(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", AUTH)
        .build();
  }

  static long total(String body) {
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
    return total.find() ? Long.parseLong(total.group(1)) : -1;
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
