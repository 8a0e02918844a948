package cn.gov.bizenv.casetracking.domain.model.triage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Multinomial logistic regression over the tf-idf of {@link TextFeatures}, L2-normalised per
 * message, trained by stochastic gradient descent with L2 regularisation. A well-known linear model
 * that is strong on short Chinese texts with few labels and cheap to train and to apply: ranking a
 * message costs one pass over its terms times the number of labels.
 *
 * <p>The vocabulary keeps terms that occur in at least two training messages (one while there are
 * fewer than {@value #SMALL_SET}), at most {@value #MAX_TERMS} of the commonest. Instances are
 * immutable and safe to share between threads.
 */
public final class TextClassifier {
  static final int MAX_TERMS = 60_000;
  static final int SMALL_SET = 50;
  private static final int FORMAT = 1;
  // Weights this small change no ranking; leaving them out keeps the stored model small.
  private static final float NEGLIGIBLE = 1e-4f;
  // Multiply-adds per training pass (terms x labels, summed over messages) allowed for all passes.
  static final double WORK_BUDGET = 6e9;

  /** How hard the classifier is trained; {@link #DEFAULT} suits a few hundred to 100k messages. */
  public record Settings(double c, int epochs, long seed) {
    public static final Settings DEFAULT = new Settings(100.0, 30, 17L);
  }

  private final long[] labels;
  private final Map<String, Integer> terms;
  private final float[] idf;
  // Per term: the labels it has a weight for and the weights, as parallel arrays.
  private final int[][] weightLabels;
  private final float[][] weights;
  private final float[] bias;
  private final int[] examplesPerLabel;

  private TextClassifier(
      long[] labels,
      Map<String, Integer> terms,
      float[] idf,
      int[][] weightLabels,
      float[][] weights,
      float[] bias,
      int[] examplesPerLabel) {
    this.labels = labels;
    this.terms = terms;
    this.idf = idf;
    this.weightLabels = weightLabels;
    this.weights = weights;
    this.bias = bias;
    this.examplesPerLabel = examplesPerLabel;
  }

  /** Learns from the examples; at least one is needed. */
  public static TextClassifier train(List<LabelledText> examples, Settings settings) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to learn from");
    }
    long[] labels = examples.stream().mapToLong(LabelledText::label).distinct().sorted().toArray();
    int k = labels.length;
    // Terms are extracted twice (to count, then to weigh) rather than kept: cheaper than the
    // memory of every message's term map on a large history.
    Map<String, Integer> df = new HashMap<>();
    for (LabelledText example : examples) {
      TextFeatures.of(example.title(), example.content())
          .keySet()
          .forEach(term -> df.merge(term, 1, Integer::sum));
    }
    int minDf = examples.size() < SMALL_SET ? 1 : 2;
    List<String> kept =
        df.entrySet().stream()
            .filter(e -> e.getValue() >= minDf)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_TERMS)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Integer> terms = new HashMap<>();
    float[] idf = new float[kept.size()];
    int n = examples.size();
    for (String term : kept) {
      int index = terms.size();
      terms.put(term, index);
      idf[index] = (float) (Math.log((1.0 + n) / (1.0 + df.get(term))) + 1.0);
    }
    int[][] rowTerms = new int[n][];
    float[][] rowValues = new float[n][];
    int[] y = new int[n];
    int[] perLabel = new int[k];
    long work = 0;
    for (int i = 0; i < n; i++) {
      LabelledText example = examples.get(i);
      Vector vector = vectorise(TextFeatures.of(example.title(), example.content()), terms, idf);
      work += (long) vector.terms.length * k;
      rowTerms[i] = vector.terms;
      rowValues[i] = vector.values;
      y[i] = Arrays.binarySearch(labels, examples.get(i).label());
      perLabel[y[i]]++;
    }
    float[] dense = new float[kept.size() * k];
    float[] bias = new float[k];
    // Many labels on a long history: fewer passes, so that a retraining stays within minutes.
    int epochs = (int) Math.max(3, Math.min(settings.epochs(), WORK_BUDGET / Math.max(1, work)));
    sgd(rowTerms, rowValues, y, k, dense, bias, settings.c(), epochs, settings.seed());
    int[][] weightLabels = new int[kept.size()][];
    float[][] weights = new float[kept.size()][];
    for (int t = 0; t < kept.size(); t++) {
      int count = 0;
      for (int j = 0; j < k; j++) {
        if (Math.abs(dense[t * k + j]) >= NEGLIGIBLE) {
          count++;
        }
      }
      weightLabels[t] = new int[count];
      weights[t] = new float[count];
      for (int j = 0, at = 0; j < k; j++) {
        float w = dense[t * k + j];
        if (Math.abs(w) >= NEGLIGIBLE) {
          weightLabels[t][at] = j;
          weights[t][at++] = w;
        }
      }
    }
    return new TextClassifier(labels, terms, idf, weightLabels, weights, bias, perLabel);
  }

  // Minimises mean cross-entropy + lambda/2 |W|^2 with lambda = 1/(C n); the weights are kept as
  // scale * w so that the L2 shrinkage of every weight costs one multiplication per step.
  private static void sgd(
      int[][] rowTerms,
      float[][] rowValues,
      int[] y,
      int k,
      float[] w,
      float[] bias,
      double c,
      int epochs,
      long seed) {
    int n = y.length;
    double lambda = 1.0 / (c * n);
    double eta0 = 0.5;
    double scale = 1.0;
    long step = 0;
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    Random random = new Random(seed);
    double[] p = new double[k];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (int i : order) {
        double eta = eta0 / (1.0 + eta0 * lambda * step++);
        int[] ts = rowTerms[i];
        float[] vs = rowValues[i];
        for (int j = 0; j < k; j++) {
          p[j] = bias[j];
        }
        for (int f = 0; f < ts.length; f++) {
          int base = ts[f] * k;
          double v = vs[f] * scale;
          for (int j = 0; j < k; j++) {
            p[j] += v * w[base + j];
          }
        }
        softmax(p);
        p[y[i]] -= 1.0;
        scale *= 1.0 - eta * lambda;
        for (int f = 0; f < ts.length; f++) {
          int base = ts[f] * k;
          double g = eta * vs[f] / scale;
          for (int j = 0; j < k; j++) {
            w[base + j] -= (float) (g * p[j]);
          }
        }
        for (int j = 0; j < k; j++) {
          bias[j] -= (float) (eta * p[j]);
        }
        if (scale < 1e-6) {
          rescale(w, scale);
          scale = 1.0;
        }
      }
    }
    rescale(w, scale);
  }

  private static void rescale(float[] w, double scale) {
    for (int i = 0; i < w.length; i++) {
      w[i] *= (float) scale;
    }
  }

  private static void softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int j = 0; j < z.length; j++) {
      z[j] = Math.exp(z[j] - max);
      sum += z[j];
    }
    for (int j = 0; j < z.length; j++) {
      z[j] /= sum;
    }
  }

  private record Vector(int[] terms, float[] values) {}

  private static Vector vectorise(Map<String, Float> raw, Map<String, Integer> terms, float[] idf) {
    TreeSet<Integer> present = new TreeSet<>();
    Map<Integer, Float> values = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Float> entry : raw.entrySet()) {
      Integer index = terms.get(entry.getKey());
      if (index != null) {
        float v = entry.getValue() * idf[index];
        present.add(index);
        values.put(index, v);
        norm += v * v;
      }
    }
    int[] ts = new int[present.size()];
    float[] vs = new float[present.size()];
    int at = 0;
    double length = norm == 0 ? 1 : Math.sqrt(norm);
    for (int index : present) {
      ts[at] = index;
      vs[at++] = (float) (values.get(index) / length);
    }
    return new Vector(ts, vs);
  }

  /** Every label with its probability for this message, the likeliest first. */
  public List<ScoredLabel> rank(String title, String content) {
    double[] p = scores(vectorise(TextFeatures.of(title, content), terms, idf));
    List<ScoredLabel> ranked = new ArrayList<>(labels.length);
    for (int j = 0; j < labels.length; j++) {
      ranked.add(new ScoredLabel(labels[j], p[j]));
    }
    ranked.sort(
        Comparator.comparingDouble(ScoredLabel::score)
            .reversed()
            .thenComparingLong(ScoredLabel::label));
    return ranked;
  }

  private double[] scores(Vector vector) {
    double[] p = new double[labels.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = bias[j];
    }
    for (int f = 0; f < vector.terms.length; f++) {
      int t = vector.terms[f];
      int[] ls = weightLabels[t];
      float[] ws = weights[t];
      for (int i = 0; i < ls.length; i++) {
        p[ls[i]] += vector.values[f] * ws[i];
      }
    }
    softmax(p);
    return p;
  }

  /**
   * The message's words (two-character terms) that speak most for the label, strongest first: what
   * a person can look for in the text to check the suggestion.
   */
  public List<String> evidence(String title, String content, long label, int max) {
    int j = Arrays.binarySearch(labels, label);
    if (j < 0) {
      return List.of();
    }
    Vector vector = vectorise(TextFeatures.of(title, content), terms, idf);
    Map<String, Double> strength = new HashMap<>();
    List<String> byIndex = termsByIndex();
    for (int f = 0; f < vector.terms.length; f++) {
      int t = vector.terms[f];
      String term = byIndex.get(t);
      int at = Arrays.binarySearch(weightLabels[t], j);
      if (term.codePointCount(0, term.length()) != 2) {
        continue;
      }
      if (labels.length == 1) {
        // One label learns no weights (it is always certain): its words are those the message
        // shares
        // with its training messages, the rarest first.
        strength.put(term, (double) vector.values[f]);
      } else if (at >= 0 && weights[t][at] > 0) {
        strength.put(term, (double) vector.values[f] * weights[t][at]);
      }
    }
    return strength.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  private volatile List<String> termsByIndex;

  private List<String> termsByIndex() {
    List<String> byIndex = termsByIndex;
    if (byIndex == null) {
      String[] names = new String[terms.size()];
      terms.forEach((term, index) -> names[index] = term);
      byIndex = List.of(names);
      termsByIndex = byIndex;
    }
    return byIndex;
  }

  /** The labels it knows, in ascending order. */
  public long[] labels() {
    return labels.clone();
  }

  /** How many training messages carried the label (0 for a label it does not know). */
  public int examplesOf(long label) {
    int j = Arrays.binarySearch(labels, label);
    return j < 0 ? 0 : examplesPerLabel[j];
  }

  public int vocabularySize() {
    return terms.size();
  }

  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(labels.length);
    for (int j = 0; j < labels.length; j++) {
      out.writeLong(labels[j]);
      out.writeInt(examplesPerLabel[j]);
      out.writeFloat(bias[j]);
    }
    List<String> byIndex = termsByIndex();
    out.writeInt(byIndex.size());
    for (int t = 0; t < byIndex.size(); t++) {
      out.writeUTF(byIndex.get(t));
      out.writeFloat(idf[t]);
      out.writeInt(weightLabels[t].length);
      for (int i = 0; i < weightLabels[t].length; i++) {
        out.writeInt(weightLabels[t][i]);
        out.writeFloat(weights[t][i]);
      }
    }
  }

  public static TextClassifier readFrom(DataInput in) throws IOException {
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("unknown classifier format " + format);
    }
    int k = in.readInt();
    long[] labels = new long[k];
    int[] perLabel = new int[k];
    float[] bias = new float[k];
    for (int j = 0; j < k; j++) {
      labels[j] = in.readLong();
      perLabel[j] = in.readInt();
      bias[j] = in.readFloat();
    }
    int v = in.readInt();
    Map<String, Integer> terms = new HashMap<>(v * 2);
    float[] idf = new float[v];
    int[][] weightLabels = new int[v][];
    float[][] weights = new float[v][];
    for (int t = 0; t < v; t++) {
      terms.put(in.readUTF(), t);
      idf[t] = in.readFloat();
      int count = in.readInt();
      weightLabels[t] = new int[count];
      weights[t] = new float[count];
      for (int i = 0; i < count; i++) {
        weightLabels[t][i] = in.readInt();
        weights[t][i] = in.readFloat();
      }
    }
    return new TextClassifier(labels, terms, idf, weightLabels, weights, bias, perLabel);
  }
}
