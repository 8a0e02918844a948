package cn.gov.bizenv.casetracking.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How alike two cases are: the cosine of their character-pair vectors, each pair weighted by how
 * rare it is among all cases (so that 路灯 and 人民路 count, 反映 and 问题 hardly) and the title's pairs
 * counted twice. A re-post scores near 1, the same problem told in other words about 0.3 to 0.6,
 * another problem of the same street and category lower (see the duplicate set's test). Candidates
 * are first found in the index by the probe's most telling pairs, as Lucene's MoreLikeThis does,
 * and then scored here.
 */
final class Similarity {
  private static final int QUERY_TERMS = 30;
  private static final int TITLE_WEIGHT = 2;

  private final Analyzer analyzer;

  Similarity(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The pairs of a text and how often each occurs, the title's counted {@link #TITLE_WEIGHT}×. */
  record Profile(Map<String, Integer> counts) {}

  Profile profile(String title, String content) {
    Map<String, Integer> counts = new HashMap<>();
    add(counts, title == null ? "" : title, TITLE_WEIGHT);
    add(counts, content == null ? "" : content, 1);
    return new Profile(counts);
  }

  private void add(Map<String, Integer> counts, String text, int weight) {
    try (TokenStream tokens = analyzer.tokenStream(CaseFields.CONTENT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), weight, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probe's most telling pairs as a query on title and content; null if it has none. */
  Query candidates(Profile probe, IndexReader reader) throws IOException {
    Map<String, Double> weights = weights(probe, reader);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Double> term :
        weights.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
            .limit(QUERY_TERMS)
            .toList()) {
      float boost = (float) term.getValue().doubleValue();
      if (field(term.getKey()).equals(CaseFields.CONTENT)) {
        query.add(
            new BoostQuery(new TermQuery(new Term(CaseFields.CONTENT, term.getKey())), boost),
            Occur.SHOULD);
      }
      String title =
          field(term.getKey()).equals(CaseFields.CONTENT)
              ? CaseFields.TITLE
              : CaseFields.TITLE_CHARS;
      query.add(new BoostQuery(new TermQuery(new Term(title, term.getKey())), boost), Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : query.build();
  }

  double score(Profile a, Profile b, IndexReader reader) throws IOException {
    Map<String, Double> wa = weights(a, reader);
    Map<String, Double> wb = weights(b, reader);
    double dot = 0;
    for (Map.Entry<String, Double> e : wa.entrySet()) {
      Double other = wb.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other;
      }
    }
    double norms = norm(wa) * norm(wb);
    return norms == 0 ? 0 : Math.min(1.0, dot / norms);
  }

  /**
   * Where a term's rarity is counted: single characters only in the titles, which keep them (the
   * content holds character pairs only).
   */
  private static String field(String term) {
    return term.codePointCount(0, term.length()) == 1 ? CaseFields.TITLE_CHARS : CaseFields.CONTENT;
  }

  private static double norm(Map<String, Double> weights) {
    double sum = 0;
    for (double w : weights.values()) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  private static Map<String, Double> weights(Profile profile, IndexReader reader)
      throws IOException {
    int documents = Math.max(1, reader.numDocs());
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : profile.counts().entrySet()) {
      int df = reader.docFreq(new Term(field(e.getKey()), e.getKey()));
      double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf);
    }
    return weights;
  }
}
