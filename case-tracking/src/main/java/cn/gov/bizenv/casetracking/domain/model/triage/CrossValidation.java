package cn.gov.bizenv.casetracking.domain.model.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Stratified k-fold cross-validation of a classifier: every label's examples are shuffled and dealt
 * round the folds, so that each fold holds every label in about its share; each fold is classified
 * by a classifier trained on the others. The portal reports its model's accuracy this way, and the
 * benchmark measures the method with it.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /**
   * What the folds found.
   *
   * @param examples messages classified
   * @param top1 share whose label ranked first
   * @param top3 share whose label ranked among the first three
   * @param labels the labels, in the order of the confusion matrix
   * @param confusion {@code confusion[actual][predicted]}: how many messages of each label were
   *     ranked first as which
   */
  public record Result(int examples, double top1, double top3, long[] labels, int[][] confusion) {}

  /** Cross-validates with {@code folds} folds (at least 2); labels with one example stay in. */
  public static Result run(
      List<LabelledText> examples,
      int folds,
      long seed,
      Function<List<LabelledText>, TextClassifier> trainer) {
    int[] fold = folds(examples, folds, seed);
    long[] labels = examples.stream().mapToLong(LabelledText::label).distinct().sorted().toArray();
    int[][] confusion = new int[labels.length][labels.length];
    int first = 0;
    int three = 0;
    for (int f = 0; f < folds; f++) {
      List<LabelledText> training = new ArrayList<>();
      List<LabelledText> held = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (fold[i] == f ? held : training).add(examples.get(i));
      }
      if (held.isEmpty() || training.isEmpty()) {
        continue;
      }
      TextClassifier classifier = trainer.apply(training);
      for (LabelledText message : held) {
        List<ScoredLabel> ranked = classifier.rank(message.title(), message.content());
        for (int r = 0; r < Math.min(3, ranked.size()); r++) {
          if (ranked.get(r).label() == message.label()) {
            three++;
            first += r == 0 ? 1 : 0;
          }
        }
        confusion[index(labels, message.label())][index(labels, ranked.get(0).label())]++;
      }
    }
    int n = examples.size();
    return new Result(n, (double) first / n, (double) three / n, labels, confusion);
  }

  /** The fold of each example. */
  static int[] folds(List<LabelledText> examples, int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("at least two folds");
    }
    Map<Long, List<Integer>> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byLabel.computeIfAbsent(examples.get(i).label(), label -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    int[] fold = new int[examples.size()];
    int next = 0;
    for (List<Integer> members : byLabel.values()) {
      Collections.shuffle(members, random);
      for (int i : members) {
        fold[i] = next++ % folds;
      }
    }
    return fold;
  }

  private static int index(long[] labels, long label) {
    return java.util.Arrays.binarySearch(labels, label);
  }
}
