import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and query benchmark of case intake and the case lists, through the REST API of a running
 * portal. Texts come from the anonymised citizen messages in ../shared/corpus, read at run time.
 * Run by bench/cases.sh, which starts the portal and the database.
 *
 * <p>java bench/CaseBench.java BASE_URL CORPUS_DIR CASES
 */
public class CaseBench {
  static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("triage:Demo@2026".getBytes(StandardCharsets.UTF_8));
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();

  record Text(String title, String content) {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    List<Text> corpus = corpus(Path.of(args[1]));
    int cases = Integer.parseInt(args[2]);
    long[] units = units(base);
    System.out.printf("corpus: %d messages; units: %d; target: %d cases%n", corpus.size(), units.length, cases);

    record(base, corpus, units, Math.min(2_000, cases), 16, "warm-up (not counted)");
    double at16 = record(base, corpus, units, Math.min(20_000, cases / 5), 16, "intake, 16 connections");
    double at64 = record(base, corpus, units, Math.min(20_000, cases / 5), 64, "intake, 64 connections");
    int loaded = 2_000 + 2 * Math.min(20_000, cases / 5);
    if (cases > loaded) {
      record(base, corpus, units, cases - loaded, 32, "bulk load, 32 connections");
    }
    long total = total(base, "api/cases?limit=1");
    System.out.printf("%ncases in the database: %d%n%n", total);

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"intake 16 connections (cases/s)", String.format("%.0f", at16), "2,900-3,400 (bare EJB+JPA POST)"});
    rows.add(new String[] {"intake 64 connections (cases/s)", String.format("%.0f (%.0f %% of 16)", at64, 100 * at64 / at16), "1,100 (allocation 1) / 3,100 (identity)"});
    rows.add(query(base, "list page: newest 20", "api/cases?limit=20", 300, "0.13 ms (SQL only)"));
    rows.add(query(base, "list page at offset 2,000", "api/cases?limit=20&offset=2000", 100, "3 ms at OFFSET 2500 (SQL only)"));
    rows.add(query(base, "filtered count (status+unit)", "api/cases?status=NEW&unitId=" + units[1] + "&limit=1", 300, "0.1-0.3 ms (SQL only)"));
    rows.add(query(base, "search, 2 characters (小区)", "api/cases?limit=20&q=" + enc("小区"), 30, "1.2 s trigram / 0.95-1.7 s LIKE"));
    rows.add(query(base, "search, 4 characters (物业管理)", "api/cases?limit=20&q=" + enc("物业管理"), 30, "2.5-28 ms trigram / 0.95-1.7 s LIKE"));
    System.out.printf("%-34s %-28s %s%n", "measure", "portal (p50 / p99)", "bare stack, RUNTIME-FACTS.md");
    for (String[] row : rows) {
      System.out.printf("%-34s %-28s %s%n", row[0], row[1], row[2]);
    }
    System.exit(0);
  }

  static double record(URI base, List<Text> corpus, long[] units, int count, int connections, String label)
      throws InterruptedException {
    if (count <= 0) {
      return 0;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger timeouts = new AtomicInteger();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    long start = System.nanoTime();
    for (int w = 0; w < connections; w++) {
      workers.submit(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
              Text text = corpus.get(Math.floorMod(i * 7919 + connections, corpus.size()));
              String body =
                  "{\"channel\":\"NETIZEN_MESSAGE\",\"title\":" + json(text.title()) + ",\"content\":" + json(text.content())
                      + ",\"concernedUnitId\":" + units[Math.floorMod(i, units.length)] + "}";
              HttpRequest request =
                  HttpRequest.newBuilder(base.resolve("api/cases"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", AUTH)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build();
              try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
    System.out.printf("%-30s %8d cases in %6.1f s = %7.0f cases/s, failures %d, timeouts %d%n",
        label, count, seconds, rate, failures.get(), timeouts.get());
    return rate;
  }

  static String[] query(URI base, String label, String path, int repeats, String bare) throws Exception {
    for (int i = 0; i < Math.min(10, repeats); i++) {
      get(base, path);
    }
    long[] nanos = new long[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = get(base, path);
      nanos[i] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
    }
    Arrays.sort(nanos);
    double p50 = nanos[repeats / 2] / 1e6;
    double p99 = nanos[Math.min(repeats - 1, (int) Math.ceil(repeats * 0.99) - 1)] / 1e6;
    return new String[] {label, String.format("%.1f / %.1f ms", p50, p99), bare};
  }

  static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Authorization", AUTH).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long total(URI base, String path) throws Exception {
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(get(base, path).body());
    return total.find() ? Long.parseLong(total.group(1)) : -1;
  }

  static long[] units(URI base) throws Exception {
    Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(get(base, "api/units/active").body());
    List<Long> found = new ArrayList<>();
    while (ids.find()) {
      found.add(Long.parseLong(ids.group(1)));
    }
    return found.stream().mapToLong(Long::longValue).toArray();
  }

  /** Titles and bodies of every message file of the corpus (RFC 4180 CSV, bodies with newlines). */
  static List<Text> corpus(Path dir) throws IOException {
    List<Text> texts = new ArrayList<>();
    for (String file : new String[] {"messages-with-votes.csv", "messages-with-replies.csv", "messages-labelled.csv"}) {
      List<List<String>> rows = csv(Files.readString(dir.resolve(file)));
      List<String> header = rows.get(0);
      int title = header.indexOf("留言主题");
      int content = header.indexOf("留言详情");
      for (List<String> row : rows.subList(1, rows.size())) {
        if (row.size() > Math.max(title, content) && !row.get(title).isBlank() && !row.get(content).isBlank()) {
          String t = row.get(title).strip();
          String c = row.get(content).strip();
          texts.add(new Text(t.length() > 200 ? t.substring(0, 200) : t, c.length() > 20_000 ? c.substring(0, 20_000) : c));
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
