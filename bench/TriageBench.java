import cn.gov.bizenv.casetracking.domain.model.category.CategoryCsv;
import cn.gov.bizenv.casetracking.domain.model.category.CsvRecord;
import cn.gov.bizenv.casetracking.domain.model.triage.CrossValidation;
import cn.gov.bizenv.casetracking.domain.model.triage.LabelledText;
import cn.gov.bizenv.casetracking.domain.model.triage.TextClassifier;
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
