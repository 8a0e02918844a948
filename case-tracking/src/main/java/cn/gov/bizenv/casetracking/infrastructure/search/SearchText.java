package cn.gov.bizenv.casetracking.infrastructure.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a person types into the search box, as a query: words separated by spaces must all occur,
 * {@code "…"} is a phrase that must occur as written, {@code -word} (or {@code -"…"}) must not
 * occur. Each word is a phrase of its character pairs, so that 华龙区 finds 华龙区 and not a text that
 * has 华龙 and 龙区 apart. A word matches in the title (weighted), the content, the names the case is
 * filed under (units, category, tracking number) or as the whole tracking number.
 */
public final class SearchText {
  /**
   * Quoted phrases (a missing closing quote runs to the end) and bare words, each maybe negated.
   */
  private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)([^\\s\"]+)");

  private static final float TITLE_BOOST = 3f;
  private static final float META_BOOST = 0.5f;
  private static final float NUMBER_BOOST = 10f;

  private final QueryBuilder builder;
  private final QueryBuilder characters = new QueryBuilder(ChineseAnalyzer.withUnigrams());

  SearchText(Analyzer queryAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
  }

  /** The parser the index uses (public for bench/SearchBench.java, which times bare Lucene). */
  public static SearchText standard() {
    return new SearchText(ChineseAnalyzer.bigrams());
  }

  /** The query of the text, or null when the text has no word that can be searched. */
  public Query parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean required = false;
    boolean excluded = false;
    Matcher parts = PART.matcher(text.strip());
    while (parts.find()) {
      boolean negated = !(parts.group(1) == null ? parts.group(3) : parts.group(1)).isEmpty();
      String words = parts.group(2) != null ? parts.group(2) : parts.group(4);
      if (words.isBlank() || words.matches("-+")) {
        continue;
      }
      Query word = word(words);
      if (word == null) {
        continue;
      }
      if (negated) {
        query.add(word, Occur.MUST_NOT);
        excluded = true;
      } else {
        query.add(word, Occur.MUST);
        required = true;
      }
    }
    if (!required && !excluded) {
      return null;
    }
    if (!required) {
      // Only exclusions: everything but what they name.
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return query.build();
  }

  /** The words' own clause: any of the fields, the title counted most. */
  private Query word(String words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean some = false;
    Query title = builder.createPhraseQuery(CaseFields.TITLE, words);
    if (title != null) {
      any.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
      some = true;
    }
    Query content = builder.createPhraseQuery(CaseFields.CONTENT, words);
    if (content != null) {
      any.add(content, Occur.SHOULD);
      some = true;
    }
    if (mixed(words)) {
      // Letters or digits next to Chinese characters (wifi覆): the title's characters keep each
      // one at its position, so the phrase is found there even where no pair of it exists.
      Query chars = characters.createPhraseQuery(CaseFields.TITLE_CHARS, words);
      if (chars != null) {
        any.add(new BoostQuery(chars, TITLE_BOOST), Occur.SHOULD);
      }
    }
    String single = singleHan(words);
    if (single != null) {
      // Titles keep their characters; the content holds character pairs only, where one character
      // is found as the first of a pair.
      any.add(
          new BoostQuery(new TermQuery(new Term(CaseFields.TITLE_CHARS, single)), TITLE_BOOST),
          Occur.SHOULD);
      any.add(new PrefixQuery(new Term(CaseFields.TITLE, single)), Occur.SHOULD);
      any.add(new PrefixQuery(new Term(CaseFields.CONTENT, single)), Occur.SHOULD);
    }
    Query meta = builder.createPhraseQuery(CaseFields.META, words);
    if (meta != null) {
      any.add(new BoostQuery(meta, META_BOOST), Occur.SHOULD);
      some = true;
    }
    String number = words.strip().toLowerCase(Locale.ROOT);
    if (!number.isEmpty() && !number.contains(" ")) {
      any.add(
          new BoostQuery(new TermQuery(new Term(CaseFields.NUMBER, number)), NUMBER_BOOST),
          Occur.SHOULD);
      some = true;
      if (number.length() >= CaseFields.NUMBER_TAIL_MIN) {
        // Its beginning or its end: 2026XX or the last digits.
        any.add(new PrefixQuery(new Term(CaseFields.NUMBER, number)), Occur.SHOULD);
        any.add(new TermQuery(new Term(CaseFields.NUMBER_TAIL, number)), Occur.SHOULD);
      }
    }
    return some ? any.build() : null;
  }

  private static boolean mixed(String words) {
    boolean han =
        words
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han && words.codePoints().anyMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
  }

  private static String singleHan(String words) {
    String stripped = words.strip();
    return stripped.codePointCount(0, stripped.length()) == 1
            && Character.UnicodeScript.of(stripped.codePointAt(0)) == Character.UnicodeScript.HAN
        ? stripped
        : null;
  }

  /** The words of a search text that must occur and those that must not, as typed. */
  public record Words(java.util.List<String> required, java.util.List<String> excluded) {}

  /**
   * The text split the way {@link #parse} splits it, for searches that are not (yet) answered from
   * the index: the published letters, a few thousand rows, match each word as a substring.
   */
  public static Words words(String text) {
    java.util.List<String> required = new java.util.ArrayList<>();
    java.util.List<String> excluded = new java.util.ArrayList<>();
    if (text != null) {
      Matcher parts = PART.matcher(text.strip());
      while (parts.find()) {
        boolean negated = !(parts.group(1) == null ? parts.group(3) : parts.group(1)).isEmpty();
        String words = parts.group(2) != null ? parts.group(2) : parts.group(4);
        if (!words.isBlank() && !words.matches("-+")) {
          (negated ? excluded : required).add(words.strip());
        }
      }
    }
    return new Words(required, excluded);
  }

  /** A query that matches nothing, for filters that name nothing (a malformed category code). */
  static Query nothing() {
    return new MatchNoDocsQuery();
  }
}
