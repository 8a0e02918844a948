package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The index terms of a case's text: every pair of adjacent letters or digits (code points), lower
 * case, without repeats. Chinese has no spaces between words and its commonest query is a
 * two-character word, so pairs of characters are the smallest unit an index can serve (trigrams
 * cannot, see README "Case search"). Latin letters and digits are paired the same way rather than
 * kept as whole words: a whole-word token would miss a query that is only part of a word (the
 * "0012" of a tracking number), and the search must keep the substring semantics of LIKE.
 *
 * <p>The guarantee the search relies on: if a query (stripped, lower case) occurs in a text, every
 * term of the query is a term of the text. A query with no term (one character, or characters that
 * are not adjacent letters or digits) cannot use the index and falls back to a plain scan.
 */
public final class SearchTerms {
  /** The longest value {@link #of} can produce for a case (title, content, tracking number). */
  public static final int MAX_LENGTH = 100_000;

  private SearchTerms() {}

  /** The distinct terms of the texts, separated by single spaces; texts never share a pair. */
  public static String of(String... texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null) {
        collect(text, terms);
      }
    }
    return String.join(" ", terms);
  }

  /** The distinct terms of what a person typed, in order of first occurrence. */
  public static List<String> ofQuery(String query) {
    Set<String> terms = new LinkedHashSet<>();
    if (query != null) {
      collect(query.strip(), terms);
    }
    return new ArrayList<>(terms);
  }

  /**
   * A PostgreSQL tsquery that requires every term of the query ({@code 小区 & 区物}), or null when the
   * query has no term. Terms are letters and digits only, so they need no quoting.
   */
  public static String tsquery(String query) {
    List<String> terms = ofQuery(query);
    return terms.isEmpty() ? null : String.join(" & ", terms);
  }

  /**
   * Whether the query is one term, two letters or digits and nothing else: then a text has the term
   * exactly when the query occurs in it, and the index answers alone, without a LIKE recheck.
   * (Two-character words are the commonest Chinese query; the recheck's unknown selectivity made
   * the planner favour reading every candidate over walking the newest cases.)
   */
  public static boolean isSingleTerm(String query) {
    if (query == null) {
      return false;
    }
    String q = query.strip();
    return q.codePointCount(0, q.length()) == 2
        && q.codePoints().allMatch(Character::isLetterOrDigit);
  }

  private static String pair(int first, int second) {
    if (Character.isBmpCodePoint(first) && Character.isBmpCodePoint(second)) {
      return new String(new char[] {(char) first, (char) second}); // nearly every pair: no builder
    }
    return new StringBuilder(4).appendCodePoint(first).appendCodePoint(second).toString();
  }

  private static void collect(String text, Set<String> terms) {
    String lower = text.toLowerCase(Locale.ROOT);
    int previous = -1;
    for (int i = 0; i < lower.length(); ) {
      int codePoint = lower.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        if (previous >= 0) {
          terms.add(pair(previous, codePoint));
        }
        previous = codePoint;
      } else {
        previous = -1;
      }
    }
  }
}
