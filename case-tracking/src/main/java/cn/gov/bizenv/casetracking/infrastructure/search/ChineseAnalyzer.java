package cn.gov.bizenv.casetracking.infrastructure.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese text as overlapping character pairs ("人民路" gives 人民, 民路), each at its own position so
 * that a word is found as a phrase of its pairs; a character standing alone (between punctuation,
 * or a one-character query) is kept as itself. Latin words and numbers are lower-cased whole words;
 * full-width forms are folded to their ordinary ones. {@link #withUnigrams()} also keeps every
 * character, for short fields where a one-character query must find the characters inside words.
 */
public final class ChineseAnalyzer extends Analyzer {
  private final boolean unigrams;

  private ChineseAnalyzer(boolean unigrams) {
    this.unigrams = unigrams;
  }

  public static ChineseAnalyzer bigrams() {
    return new ChineseAnalyzer(false);
  }

  public static ChineseAnalyzer withUnigrams() {
    return new ChineseAnalyzer(true);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result =
        new CJKBigramFilter(
            result,
            CJKBigramFilter.HAN
                | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL,
            unigrams);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }
}
