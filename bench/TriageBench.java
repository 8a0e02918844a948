import cn.gov.bizenv.casetracking.domain.model.category.CategoryCsv;
import cn.gov.bizenv.casetracking.domain.model.category.CsvRecord;
import cn.gov.bizenv.casetracking.domain.model.triage.CrossValidation;
import cn.gov.bizenv.casetracking.domain.model.triage.LabelledText;
import cn.gov.bizenv.casetracking.domain.model.triage.TextClassifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The category classifier measured with the portal's own classes (TextClassifier, CrossValidation
 * from case-tracking's build): stratified 5-fold cross-validation at the first level on the
 * labelled corpus, a learning curve, the confusion matrix and the time to rank one message. java
 * -cp case-tracking/target/classes bench/TriageBench.java ../shared/corpus/messages-labelled.csv
 */
public class TriageBench {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("portal")) {
      portal(args[1], args[2]);
      return;
    }
    List<CsvRecord> records =
        CategoryCsv.parse(CategoryCsv.decode(Files.readAllBytes(Path.of(args[0]))));
    List<String> header = records.get(0).cells();
    int title = header.indexOf("留言主题");
    int content = header.indexOf("留言详情");
    int label = header.indexOf("一级标签");
    Map<String, Long> ids = new LinkedHashMap<>();
    List<LabelledText> all = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      if (record.isBlank() || record.cells().size() <= label) {
        continue;
      }
      long id = ids.computeIfAbsent(record.cells().get(label).trim(), name -> (long) ids.size());
      all.add(new LabelledText(record.cells().get(title), record.cells().get(content), id));
    }
    String[] names = ids.keySet().toArray(String[]::new);
    TextClassifier.Settings settings = TextClassifier.Settings.DEFAULT;
    if (args.length > 1) {
      settings =
          new TextClassifier.Settings(Double.parseDouble(args[1]), Integer.parseInt(args[2]), 17L);
    }
    TextClassifier.Settings chosen = settings;
    System.out.printf(
        "%d labelled messages, %d first-level categories; C=%s, %d epochs%n",
        all.size(), names.length, chosen.c(), chosen.epochs());

    long start = System.nanoTime();
    CrossValidation.Result result =
        CrossValidation.run(all, 5, 1L, set -> TextClassifier.train(set, chosen));
    System.out.printf(
        "stratified 5-fold cross-validation: top-1 %.3f, top-3 %.3f (%.1f s)%n",
        result.top1(), result.top3(), (System.nanoTime() - start) / 1e9);

    System.out.println("\nconfusion matrix (rows: actual, columns: ranked first)");
    StringBuilder head = new StringBuilder(String.format("%-10s", ""));
    for (long l : result.labels()) head.append(String.format("%6d", l));
    System.out.println(head);
    for (int i = 0; i < result.labels().length; i++) {
      StringBuilder row =
          new StringBuilder(
              String.format("%-10s", result.labels()[i] + " " + names[(int) result.labels()[i]]));
      for (int v : result.confusion()[i]) row.append(String.format("%6d", v));
      System.out.println(row);
    }

    System.out.println(
        "\n"
            + "learning curve (each of the 5 folds held out in turn; the classifier trained on a"
            + " stratified sample of N of the other messages)");
    int[] fold = foldsOf(all, 5, 1L);
    for (int size : new int[] {100, 200, 300, 400}) {
      int first = 0, three = 0, tested = 0, trainedOn = 0;
      for (int f = 0; f < 5; f++) {
        List<LabelledText> rest = new ArrayList<>();
        List<LabelledText> held = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) (fold[i] == f ? held : rest).add(all.get(i));
        List<LabelledText> training = stratifiedSample(rest, size, 3L + f);
        trainedOn += training.size();
        TextClassifier c = TextClassifier.train(training, chosen);
        for (LabelledText m : held) {
          var ranked = c.rank(m.title(), m.content());
          for (int r = 0; r < Math.min(3, ranked.size()); r++) {
            if (ranked.get(r).label() == m.label()) {
              three++;
              if (r == 0) first++;
            }
          }
          tested++;
        }
      }
      System.out.printf(
          "  N=%d (trained on %d on average): top-1 %.3f, top-3 %.3f%n",
          size, trainedOn / 5, (double) first / tested, (double) three / tested);
    }

    TextClassifier model = TextClassifier.train(all, chosen);
    int warm = 2000;
    for (int i = 0; i < warm; i++) {
      LabelledText m = all.get(i % all.size());
      model.rank(m.title(), m.content());
    }
    int runs = 5000;
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      LabelledText m = all.get(i % all.size());
      long t = System.nanoTime();
      model.rank(m.title(), m.content());
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    System.out.printf(
        "%nranking one message (bare classifier, in process): p50 %.3f ms, p99 %.3f ms%n",
        times[runs / 2] / 1e6, times[runs * 99 / 100] / 1e6);
  }

  /** The corpus read as (title, content, first-level name) rows. */
  static List<String[]> corpus(String path) throws Exception {
    List<CsvRecord> records =
        CategoryCsv.parse(CategoryCsv.decode(Files.readAllBytes(Path.of(path))));
    List<String> header = records.get(0).cells();
    int title = header.indexOf("留言主题");
    int content = header.indexOf("留言详情");
    int label = header.indexOf("一级标签");
    List<String[]> rows = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      if (!record.isBlank() && record.cells().size() > label) {
        rows.add(
            new String[] {
              record.cells().get(title),
              record.cells().get(content),
              record.cells().get(label).trim()
            });
      }
    }
    return rows;
  }

  /**
   * Through the running portal: the corpus imported as training examples (labels as the portal's
   * first-level codes), a retraining, then suggestions timed one after another, beside the bare
   * classifier ranking the same texts in process.
   */
  static void portal(String base, String path) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String admin =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("admin:Demo@2026".getBytes(StandardCharsets.UTF_8));
    String triage =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("triage:Demo@2026".getBytes(StandardCharsets.UTF_8));
    String tree = send(http, base + "api/categories", admin, null, null);
    Map<String, String> codes = new LinkedHashMap<>();
    // JSON-B writes properties in alphabetical order ("code","id","level","name"); the declaration
    // order
    // ("id","code","name","level") is accepted too.
    for (String pattern :
        List.of(
            "\"code\":\"(?<code>\\d{2})\",\"id\":\\d+,(\"isLeaf\":\\w+,)?\"level\":1,\"name\":\"(?<name>[^\"]+)\"",
            "\"id\":\\d+,\"code\":\"(?<code>\\d{2})\",\"name\":\"(?<name>[^\"]+)\",\"level\":1")) {
      java.util.regex.Matcher top = java.util.regex.Pattern.compile(pattern).matcher(tree);
      while (top.find()) codes.put(top.group("name"), top.group("code"));
    }
    if (codes.isEmpty())
      throw new IllegalStateException(
          "no top-level categories in " + tree.substring(0, Math.min(300, tree.length())));
    List<String[]> rows = corpus(path);
    StringBuilder csv = new StringBuilder("label,title,content\n");
    for (String[] row : rows) {
      csv.append(codes.get(row[2]))
          .append(',')
          .append(quote(row[0]))
          .append(',')
          .append(quote(row[1]))
          .append('\n');
    }
    long start = System.nanoTime();
    String imported =
        send(
            http,
            base + "api/triage/training-examples",
            admin,
            "text/csv; charset=UTF-8",
            csv.toString());
    System.out.printf(
        "imported the corpus as training examples in %.1f s: %s%n",
        (System.nanoTime() - start) / 1e9, imported.replaceAll(",\"refusedRows\".*", "}"));
    start = System.nanoTime();
    String model = send(http, base + "api/triage/model/retrain", admin, "application/json", "");
    System.out.printf(
        "retrained (with 5-fold cross-validation) in %.1f s: %s%n",
        (System.nanoTime() - start) / 1e9, model);

    List<String> bodies = new ArrayList<>();
    for (String[] row : rows) {
      bodies.add("{\"title\":" + json(row[0]) + ",\"content\":" + json(row[1]) + "}");
    }
    for (int i = 0; i < 500; i++)
      send(
          http,
          base + "api/triage/suggestions",
          triage,
          "application/json",
          bodies.get(i % bodies.size()));
    int runs = 2000;
    long[] portal = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      send(
          http,
          base + "api/triage/suggestions",
          triage,
          "application/json",
          bodies.get(i % bodies.size()));
      portal[i] = System.nanoTime() - t;
    }
    Arrays.sort(portal);

    Map<String, Long> ids = new LinkedHashMap<>();
    List<LabelledText> all = new ArrayList<>();
    for (String[] row : rows)
      all.add(
          new LabelledText(row[0], row[1], ids.computeIfAbsent(row[2], n -> (long) ids.size())));
    TextClassifier bare = TextClassifier.train(all, TextClassifier.Settings.DEFAULT);
    for (int i = 0; i < 2000; i++)
      bare.rank(all.get(i % all.size()).title(), all.get(i % all.size()).content());
    long[] library = new long[runs];
    for (int i = 0; i < runs; i++) {
      LabelledText m = all.get(i % all.size());
      long t = System.nanoTime();
      bare.rank(m.title(), m.content());
      library[i] = System.nanoTime() - t;
    }
    Arrays.sort(library);
    double p50 = portal[runs / 2] / 1e6, p99 = portal[runs * 99 / 100] / 1e6;
    double b50 = library[runs / 2] / 1e6, b99 = library[runs * 99 / 100] / 1e6;
    System.out.printf(
        "suggestions, %d sequential POST /api/triage/suggestions (HTTP Basic, JSON, all three"
            + " levels and units): p50 %.2f ms, p99 %.2f ms%n",
        runs, p50, p99);
    System.out.printf(
        "bare classifier ranking the same texts in process (first level only): p50 %.3f ms, p99"
            + " %.3f ms%n",
        b50, b99);
    System.out.printf("ratio portal / bare: p50 %.1f, p99 %.1f%n", p50 / b50, p99 / b99);
  }

  static String send(
      java.net.http.HttpClient http, String url, String auth, String type, String body)
      throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Authorization", auth)
            .header("Accept", "application/json");
    if (body != null) {
      request
          .header("Content-Type", type)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    var response =
        http.send(
            request.build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200)
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    return response.body();
  }

  static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  // The same stratified folds as CrossValidation (its fold assignment is package-private).
  static int[] foldsOf(List<LabelledText> all, int folds, long seed) {
    Map<Long, List<Integer>> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++)
      byLabel.computeIfAbsent(all.get(i).label(), l -> new ArrayList<>()).add(i);
    Random random = new Random(seed);
    int[] fold = new int[all.size()];
    int next = 0;
    for (List<Integer> members : byLabel.values()) {
      Collections.shuffle(members, random);
      for (int i : members) fold[i] = next++ % folds;
    }
    return fold;
  }

  static List<LabelledText> stratifiedSample(List<LabelledText> all, int size, long seed) {
    List<LabelledText> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed));
    if (size >= all.size()) return shuffled;
    Map<Long, List<LabelledText>> byLabel = new LinkedHashMap<>();
    shuffled.forEach(m -> byLabel.computeIfAbsent(m.label(), l -> new ArrayList<>()).add(m));
    List<LabelledText> sample = new ArrayList<>();
    for (List<LabelledText> members : byLabel.values()) {
      int take = (int) Math.round((double) members.size() * size / all.size());
      sample.addAll(members.subList(0, Math.min(take, members.size())));
    }
    return sample;
  }
}
