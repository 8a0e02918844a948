package cn.gov.bizenv.casetracking.domain.model.triage;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms a message is classified by: every character (unigram) and every pair of neighbouring
 * characters (bigram) of its title and content, so that one- and two-character words count without
 * a word segmenter. Text is NFKC-folded and lower-cased; digits count as one digit ({@code 0}), so
 * that numbers and dates do not spread a class over thousands of rare terms; anything that is
 * neither a letter nor a digit (spaces, punctuation) separates runs and forms no bigram.
 *
 * <p>Each term weighs {@code 1 + ln(tf)} in the content plus {@link #TITLE_WEIGHT} times that in
 * the title: a title is short and says what the message is about.
 */
public final class TextFeatures {
  public static final float TITLE_WEIGHT = 2f;

  private TextFeatures() {}

  /** The weighted terms of a message; either part may be null. */
  public static Map<String, Float> of(String title, String content) {
    Map<String, Float> weights = new HashMap<>();
    add(weights, counts(content), 1f);
    add(weights, counts(title), TITLE_WEIGHT);
    return weights;
  }

  /** How often each term occurs in the text. */
  static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    if (text == null || text.isEmpty()) {
      return counts;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
    int previous = -1;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetterOrDigit(c)) {
        previous = -1;
        continue;
      }
      if (Character.isDigit(c)) {
        c = '0';
      }
      String unigram = new String(Character.toChars(c));
      counts.merge(unigram, 1, Integer::sum);
      if (previous >= 0) {
        counts.merge(new String(Character.toChars(previous)) + unigram, 1, Integer::sum);
      }
      previous = c;
    }
    return counts;
  }

  private static void add(Map<String, Float> weights, Map<String, Integer> counts, float factor) {
    counts.forEach(
        (term, tf) -> weights.merge(term, factor * (1f + (float) Math.log(tf)), Float::sum));
  }
}
