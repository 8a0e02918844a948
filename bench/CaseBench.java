import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and query benchmark of case intake and the case lists, through the REST API of a running
 * portal. Texts come from the anonymised citizen messages in ../shared/corpus, read at run time.
 * Run by bench/cases.sh, which starts the portal and the database.
 *
 * <p>java -cp case-tracking/target/classes bench/CaseBench.java (preload|measure) BASE_URL
 * CORPUS_DIR ... <br>
 * java bench/CaseBench.java texts CORPUS_DIR (the corpus as COPY CSV n,title,content) <br>
 * java -cp h2.jar bench/CaseBench.java h2load JDBC_URL CSV_FILE (preload CSV into a stopped
 * portal's H2 file database)
 */
public class CaseBench {
  static final String AUTH =
      "Basic "
          + Base64.getEncoder().encodeToString("triage:Demo@2026".getBytes(StandardCharsets.UTF_8));
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(8))
          .build();

  record Text(String title, String content) {}

  static final int WARM_UP = Integer.getInteger("bench.warmUp", 2_000);
  static final int INTAKE = Integer.getInteger("bench.intake", 5_000);

  /** Time for one query's timed calls (and for its warm-up calls) before fewer calls suffice. */
  static final long QUERY_BUDGET_NANOS = Long.getLong("bench.querySeconds", 60) * 1_000_000_000L;

  /**
   * {@code preload BASE CORPUS COUNT FIRST_ID}: writes COUNT cases as PostgreSQL COPY CSV to
   * standard output, with ids from FIRST_ID, received over the three years before the intake, 3 %
   * still new and the rest closed; the search terms come from the product's own SearchTerms (run
   * with case-tracking/target/classes on the class path).
   *
   * <p>{@code measure BASE CORPUS CASES}: records cases through the API at 16 and 64 connections,
   * tops the database up to CASES through the API if the preload did not (H2), then times the
   * queries.
   */
  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1); // the HTTP client's threads would keep the JVM (and COPY) waiting
    }
  }

  static void run(String[] args) throws Exception {
    if (args[0].equals("texts")) {
      texts(corpus(Path.of(args[1])));
      return;
    }
    if (args[0].equals("h2load")) {
      h2load(args[1], Path.of(args[2]));
      return;
    }
    URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
    List<Text> corpus = corpus(Path.of(args[2]));
    long[] units = units(base);
    if (args[0].equals("preload")) {
      preload(corpus, units, Integer.parseInt(args[3]), Long.parseLong(args[4]));
      return;
    }
    int cases = Integer.parseInt(args[3]);
    System.out.printf(
        "corpus: %d messages; units: %d; target: %d cases%n", corpus.size(), units.length, cases);

    // H2 cannot be preloaded from outside (it runs inside the portal): record the bulk through the
    // API.
    long total = total(base, "api/cases?limit=1");
    int measured = WARM_UP + 2 * INTAKE;
    if (cases - measured > total) {
      record(
          base, corpus, units, (int) (cases - measured - total), 32, "bulk load, 32 connections");
      total = total(base, "api/cases?limit=1");
    }
    System.out.printf("%ncases in the database before the intake runs: %d%n%n", total);

    // Queries before intake, so that a short run on a busy machine still yields them; each row is
    // printed as soon as it is measured.
    // A cursor in the middle of the received dates: the keyset page there costs what the first
    // does.
    String middle = enc(LocalDateTime.now().minusDays(550).withNano(0) + "_" + Long.MAX_VALUE);
    // The portal's JVM compiles its hot code during the first thousands of requests: warm it with
    // intake and with each query before anything is timed.
    record(base, corpus, units, WARM_UP, 16, "warm-up (not counted)");
    for (String path :
        List.of(
            "api/cases?status=NEW&limit=20",
            "api/cases?limit=20&after=",
            "api/cases?limit=20&q=" + enc("噪音"),
            "api/cases?limit=20&after=&q=" + enc("物业管理"))) {
      long began = System.nanoTime();
      for (int i = 0; i < 200 && System.nanoTime() - began < QUERY_BUDGET_NANOS; i++) {
        get(base, path);
      }
    }
    System.out.println();
    System.out.printf(
        "%-38s %-32s %s%n", "measure", "portal (p50 / p99)", "bare stack, RUNTIME-FACTS.md");
    if (SERVER_PID >= 0) {
      System.out.println(
          "(CPU a + b: CPU time per request of the portal and of the database, whatever the"
              + " machine's load)");
    }
    query(
        base,
        "triage list: NEW, newest 20 + total",
        "api/cases?status=NEW&limit=20",
        200,
        "0.13 ms (SQL only)");
    query(
        base,
        "all cases, newest 20, keyset",
        "api/cases?limit=20&after=",
        200,
        "0.13 ms (SQL only)");
    query(
        base,
        "filtered count (status+unit)",
        "api/cases?status=NEW&unitId=" + units[1] + "&limit=1",
        200,
        "0.1-0.3 ms (SQL only)");
    query(
        base,
        "deep page, keyset (550 days back)",
        "api/cases?limit=20&after=" + middle,
        200,
        "0.13 ms (SQL only)");
    query(
        base,
        "search 2 chars (小区), keyset",
        "api/cases?limit=20&after=&q=" + enc("小区"),
        100,
        "1.2 s trigram / 0.95-1.7 s LIKE");
    query(
        base,
        "search 2 chars (噪音), keyset",
        "api/cases?limit=20&after=&q=" + enc("噪音"),
        100,
        "1.2 s trigram / 0.95-1.7 s LIKE");
    query(
        base,
        "search 4 chars (物业管理), keyset",
        "api/cases?limit=20&after=&q=" + enc("物业管理"),
        100,
        "2.5-28 ms trigram / 0.95-1.7 s LIKE");
    query(
        base,
        "search 4 chars (拖欠工资), keyset",
        "api/cases?limit=20&after=&q=" + enc("拖欠工资"),
        100,
        "2.5-28 ms trigram / 0.95-1.7 s LIKE");
    query(
        base,
        "page at offset 2,000",
        "api/cases?limit=20&offset=2000",
        50,
        "3 ms at OFFSET 2500 (SQL only)");
    query(base, "all cases, newest 20 + total", "api/cases?limit=20", 20, "count(*) of every case");
    query(
        base,
        "search 2 chars (噪音) + total",
        "api/cases?limit=20&q=" + enc("噪音"),
        20,
        "counts every match");

    System.out.println();
    double[] at16 = record(base, corpus, units, INTAKE, 16, "intake, 16 connections");
    double[] at64 = record(base, corpus, units, INTAKE, 64, "intake, 64 connections");
    System.out.printf("intake at 64 connections: %.0f %% of 16%n", 100 * at64[0] / at16[0]);
    System.out.printf("cases in the database: %d%n", total(base, "api/cases?limit=1"));
  }

  static void preload(List<Text> corpus, long[] units, int count, long firstId) throws Exception {
    // Loaded reflectively so that "measure" runs without the product's classes.
    Method terms =
        Class.forName("cn.gov.bizenv.casetracking.domain.model.casefile.SearchTerms")
            .getMethod("of", String[].class);
    LocalDateTime start = LocalDateTime.now().minusDays(3 * 365).withNano(0);
    long spanSeconds = 3L * 365 * 24 * 3600 - 24 * 3600;
    var out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20);
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      Text text = corpus.get(Math.floorMod(i * 7919L, corpus.size()));
      LocalDateTime received = start.plusSeconds(spanSeconds * i / count);
      String tracking = String.format("%04dLY%08d", received.getYear(), id);
      long unit = units[(int) Math.floorMod(id, units.length)];
      boolean open = Math.floorMod(id * 31, 100) < 3;
      String searchTerms =
          (String)
              terms.invoke(null, (Object) new String[] {text.title(), text.content(), tracking});
      // id,tracking_number,channel,title,content,concerned_unit_id,status,received_at,recorded_by,version,
      // search_terms,lead_unit_id,closed_at
      out.append(Long.toString(id))
          .append(',')
          .append(tracking)
          .append(",NETIZEN_MESSAGE,")
          .append(copyField(text.title()))
          .append(',')
          .append(copyField(text.content()))
          .append(',')
          .append(Long.toString(unit))
          .append(',')
          .append(open ? "NEW" : "CLOSED")
          .append(',')
          .append(received.toString().replace('T', ' '))
          .append(",triage,0,")
          .append(copyField(searchTerms))
          .append(',')
          .append(open ? "" : Long.toString(unit))
          .append(',')
          .append(open ? "" : received.plusDays(5).toString().replace('T', ' '))
          .append('\n');
    }
    out.flush();
  }

  /**
   * Inserts the preload's CSV (its COPY columns; an empty unquoted field is NULL, as for COPY) into
   * the H2 file database of a stopped portal, in one statement, and moves the case sequence past
   * the loaded ids.
   */
  static void h2load(String url, Path csv) throws Exception {
    String columns =
        "id, tracking_number, channel, title, content, concerned_unit_id, status, received_at,"
            + " recorded_by, version, search_terms, lead_unit_id, closed_at";
    try (var connection = java.sql.DriverManager.getConnection(url, "portal", "portal");
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO case_file ("
              + columns
              + ") SELECT * FROM CSVREAD('"
              + csv
              + "', '"
              + columns.replace(" ", "")
              + "', 'charset=UTF-8 nullString=')");
      // JPA takes the 50 ids up to the value it draws: the first draw must lie 50 above the last
      // id.
      try (var next = statement.executeQuery("SELECT (max(id) / 50 + 2) * 50 FROM case_file")) {
        next.next();
        statement.execute("ALTER SEQUENCE case_file_seq RESTART WITH " + next.getLong(1));
      }
    }
  }

  /**
   * The corpus messages as PostgreSQL COPY CSV rows n,title,content (bench/reports.sh loads them).
   */
  static void texts(List<Text> corpus) throws IOException {
    var out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20);
    for (int n = 0; n < corpus.size(); n++) {
      out.append(Integer.toString(n))
          .append(',')
          .append(copyField(corpus.get(n).title()))
          .append(',')
          .append(copyField(corpus.get(n).content()))
          .append('\n');
    }
    out.flush();
  }

  static String copyField(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** Cases per second and timeouts. */
  static double[] record(
      URI base, List<Text> corpus, long[] units, int count, int connections, String label)
      throws InterruptedException {
    if (count <= 0) {
      return new double[] {0, 0};
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger timeouts = new AtomicInteger();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    long[] cpuBefore = cpuMillis();
    long start = System.nanoTime();
    for (int w = 0; w < connections; w++) {
      workers.submit(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
              Text text = corpus.get(Math.floorMod(i * 7919 + connections, corpus.size()));
              String body =
                  "{\"channel\":\"NETIZEN_MESSAGE\",\"title\":"
                      + json(text.title())
                      + ",\"content\":"
                      + json(text.content())
                      + ",\"concernedUnitId\":"
                      + units[Math.floorMod(i, units.length)]
                      + "}";
              HttpRequest request =
                  HttpRequest.newBuilder(base.resolve("api/cases"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", AUTH)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build();
              try {
                int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 201) {
                  failures.incrementAndGet();
                }
              } catch (java.net.http.HttpTimeoutException e) {
                timeouts.incrementAndGet();
              } catch (IOException | InterruptedException e) {
                failures.incrementAndGet();
              }
            }
          });
    }
    workers.shutdown();
    workers.awaitTermination(6, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = count / seconds;
    long[] cpuAfter = cpuMillis();
    System.out.printf(
        "%-30s %8d cases in %6.1f s = %7.0f cases/s, failures %d, timeouts %d%n",
        label, count, seconds, rate, failures.get(), timeouts.get());
    if (cpuBefore != null && cpuAfter != null) {
      // CPU time per case does not depend on what else the machine runs, unlike the rate.
      double portal = (cpuAfter[0] - cpuBefore[0]) / (double) count;
      double database = (cpuAfter[1] - cpuBefore[1]) / (double) count;
      double generator = (cpuAfter[2] - cpuBefore[2]) / (double) count;
      System.out.printf(
          "%-30s portal %.2f ms, database %.2f ms, load generator %.2f ms: at most %.0f cases/s on"
              + " %d cores%n",
          "  CPU per case",
          portal,
          database,
          generator,
          Runtime.getRuntime().availableProcessors() * 1000 / (portal + database + generator),
          Runtime.getRuntime().availableProcessors());
    }
    return new double[] {rate, timeouts.get()};
  }

  static final long SERVER_PID = Long.getLong("bench.serverPid", -1);
  static final long DATABASE_PID = Long.getLong("bench.databasePid", -1);

  /**
   * CPU time (user + system, ms) so far of the portal, of the database server with its backends,
   * and of this load generator; null when the process ids were not given or /proc is missing.
   */
  static long[] cpuMillis() {
    if (SERVER_PID < 0 || DATABASE_PID < 0) {
      return null;
    }
    try {
      long database = 0;
      try (var processes = Files.list(Path.of("/proc"))) {
        for (Path dir :
            processes.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
          long[] stat = stat(dir);
          if (stat != null && (stat[0] == DATABASE_PID || stat[1] == DATABASE_PID)) {
            database += stat[2];
          }
        }
      }
      long[] server = stat(Path.of("/proc", Long.toString(SERVER_PID)));
      long client =
          ((com.sun.management.OperatingSystemMXBean)
                      java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime()
              / 1_000_000;
      return server == null ? null : new long[] {server[2], database, client};
    } catch (IOException e) {
      return null;
    }
  }

  /** pid, parent pid and CPU ms (utime + stime at 100 ticks per second) of a /proc entry. */
  static long[] stat(Path dir) {
    try {
      String line = Files.readString(dir.resolve("stat"));
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
      // after the command: state(0) ppid(1) ... utime(11) stime(12)
      return new long[] {
        Long.parseLong(dir.getFileName().toString()),
        Long.parseLong(f[1]),
        (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10
      };
    } catch (IOException | RuntimeException gone) {
      return null;
    }
  }

  static void query(URI base, String label, String path, int repeats, String bare)
      throws Exception {
    for (int i = 0; i < Math.min(10, repeats); i++) {
      get(base, path);
    }
    // A slow query (H2 at a million cases) gets fewer calls: at least 5, then until its time is up.
    long[] nanos = new long[repeats];
    long[] cpuBefore = cpuMillis();
    long began = System.nanoTime();
    int calls = 0;
    while (calls < repeats && (calls < 5 || System.nanoTime() - began < QUERY_BUDGET_NANOS)) {
      long start = System.nanoTime();
      HttpResponse<String> response = get(base, path);
      nanos[calls++] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
    }
    nanos = Arrays.copyOf(nanos, calls);
    Arrays.sort(nanos);
    double p50 = nanos[calls / 2] / 1e6;
    double p99 = nanos[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)] / 1e6;
    long[] cpuAfter = cpuMillis();
    String cpu =
        cpuBefore == null || cpuAfter == null
            ? ""
            : String.format(
                " (CPU %.1f + %.1f ms)",
                (cpuAfter[0] - cpuBefore[0]) / (double) calls,
                (cpuAfter[1] - cpuBefore[1]) / (double) calls);
    String fewer = calls < repeats ? " [" + calls + " calls]" : "";
    System.out.printf(
        "%-38s %-32s %s%n", label, String.format("%.1f / %.1f ms", p50, p99) + cpu + fewer, bare);
  }

  static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", AUTH)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long total(URI base, String path) throws Exception {
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(get(base, path).body());
    return total.find() ? Long.parseLong(total.group(1)) : -1;
  }

  static long[] units(URI base) throws Exception {
    // Right after start-up the first answers can be errors; ask again for up to a minute.
    String body = "";
    for (int attempt = 0; attempt < 30 && !body.contains("\"id\""); attempt++) {
      if (attempt > 0) {
        Thread.sleep(2_000);
      }
      HttpResponse<String> response = get(base, "api/units/active");
      body = response.body();
      if (!body.contains("\"id\"")) {
        System.err.println("units: " + response.statusCode() + " " + body);
      }
    }
    Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(body);
    List<Long> found = new ArrayList<>();
    while (ids.find()) {
      found.add(Long.parseLong(ids.group(1)));
    }
    return found.stream().mapToLong(Long::longValue).toArray();
  }

  /** Titles and bodies of every message file of the corpus (RFC 4180 CSV, bodies with newlines). */
  static List<Text> corpus(Path dir) throws IOException {
    List<Text> texts = new ArrayList<>();
    for (String file :
        new String[] {
          "messages-with-votes.csv", "messages-with-replies.csv", "messages-labelled.csv"
        }) {
      List<List<String>> rows = csv(Files.readString(dir.resolve(file)));
      List<String> header = rows.get(0);
      int title = header.indexOf("留言主题");
      int content = header.indexOf("留言详情");
      for (List<String> row : rows.subList(1, rows.size())) {
        if (row.size() > Math.max(title, content)
            && !row.get(title).isBlank()
            && !row.get(content).isBlank()) {
          String t = row.get(title).strip();
          String c = row.get(content).strip();
          texts.add(
              new Text(
                  t.length() > 200 ? t.substring(0, 200) : t,
                  c.length() > 20_000 ? c.substring(0, 20_000) : c));
        }
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no messages found in " + dir);
    }
    return texts;
  }

  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\uFEFF') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
