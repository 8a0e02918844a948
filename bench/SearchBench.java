import cn.gov.bizenv.casetracking.infrastructure.search.SearchText;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Search benchmark: the latencies of 1-3 word searches with their hit count through the portal's
 * REST API, beside the same queries straight on the portal's Lucene index (the product's own query
 * parser, no filters, 20 hits and an exact count), printed as the ratio to beat. Run by
 * bench/search.sh, which starts the portal and loads the cases; reads ../shared/corpus at run time.
 *
 * <p>java -cp CLASSPATH bench/SearchBench.java load BASE CORPUS COUNT <br>
 * java -cp CLASSPATH bench/SearchBench.java measure BASE INDEX_DIR
 */
public class SearchBench {
  static final String AUTH =
      "Basic "
          + Base64.getEncoder().encodeToString("triage:Demo@2026".getBytes(StandardCharsets.UTF_8));
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** One, two and three words; 物业管理 is the four common characters that were slow on GIN. */
  static final List<String> QUERIES =
      List.of(
          "物业管理",
          "噪音",
          "路灯",
          "停车",
          "学校",
          "拖欠 工资",
          "小区 物业",
          "路灯 华龙区",
          "营业执照 办理",
          "公交 线路 开通",
          "小区 停车 收费",
          "\"物业管理\" -停车");

  static final int RUNS = Integer.getInteger("bench.runs", 200);

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
      case "measure" -> measure(args[1], Path.of(args[2]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** Records COUNT cases through the API at 8 connections, texts from the corpus. */
  static void load(String base, Path corpus, int count) throws Exception {
    List<String[]> texts = texts(corpus.resolve("messages-with-votes.csv"));
    String units = get(base + "api/units/active");
    Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(units);
    List<Long> unitIds = new ArrayList<>();
    while (ids.find()) {
      unitIds.add(Long.parseLong(ids.group(1)));
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int worker = 0; worker < 8; worker++) {
      pool.submit(
          () -> {
            int n;
            while ((n = next.getAndIncrement()) < count) {
              String[] text = texts.get(n % texts.size());
              String body =
                  "{\"channel\":\"NETIZEN_MESSAGE\",\"title\":"
                      + json(text[0])
                      + ",\"content\":"
                      + json(text[1])
                      + ",\"concernedUnitId\":"
                      + unitIds.get(n % unitIds.size())
                      + "}";
              try {
                HttpResponse<String> r =
                    HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/cases"))
                            .header("Authorization", AUTH)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                  failed.incrementAndGet();
                }
              } catch (Exception e) {
                failed.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "loaded %d cases through the API in %.0f s (%.0f/s at 8 connections, indexing on), %d"
            + " failed%n",
        count, seconds, count / seconds, failed.get());
  }

  static void measure(String base, Path index) throws Exception {
    SearchText parser = SearchText.standard();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      System.out.printf("index: %d cases, %s on disk%n", reader.numDocs(), size(index));
      System.out.println(
          "query                  hits   portal p50   p99  |  Lucene p50   p99  |  ratio p50  p99");
      for (String q : QUERIES) {
        Query query = parser.parse(q);
        String url = base + "api/cases?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
          get(url);
          bare(searcher, query);
        }
        long[] portal = new long[RUNS];
        long[] lucene = new long[RUNS];
        long hits = 0;
        for (int i = 0; i < RUNS; i++) {
          long t = System.nanoTime();
          get(url);
          portal[i] = System.nanoTime() - t;
          t = System.nanoTime();
          hits = bare(searcher, query);
          lucene[i] = System.nanoTime() - t;
        }
        Arrays.sort(portal);
        Arrays.sort(lucene);
        double p50 = ms(portal, 0.50), p99 = ms(portal, 0.99);
        double l50 = ms(lucene, 0.50), l99 = ms(lucene, 0.99);
        System.out.printf(
            "%-20s %6d   %7.1f ms %5.1f  |  %7.2f ms %5.2f  |  %6.1f× %5.1f×%n",
            q, hits, p50, p99, l50, l99, p50 / l50, p99 / l99);
      }
    }
  }

  /** What the portal's index does for a page of 20 with its total, without the filters. */
  static long bare(IndexSearcher searcher, Query query) throws Exception {
    TopDocs top =
        searcher.search(query, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
    for (var hit : top.scoreDocs) {
      searcher.storedFields().document(hit.doc, java.util.Set.of("id"));
    }
    return top.totalHits.value;
  }

  static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  static String size(Path dir) throws Exception {
    long bytes = 0;
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        bytes += Files.size(f);
      }
    }
    return String.format("%.1f MB", bytes / 1e6);
  }

  static String get(String url) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static String json(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  /** Title and content of each message: the corpus's 留言主题 and 留言详情 columns. */
  static List<String[]> texts(Path csv) throws Exception {
    List<String[]> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    String all = Files.readString(csv, StandardCharsets.UTF_8);
    boolean header = true;
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < all.length() && all.charAt(i + 1) == '"') {
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
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString().strip());
        field.setLength(0);
        if (!header && fields.size() >= 5 && !fields.get(2).isBlank() && !fields.get(4).isBlank()) {
          rows.add(new String[] {trim(fields.get(2), 200), trim(fields.get(4), 2000)});
        }
        header = false;
        fields = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    return rows;
  }

  static String trim(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
