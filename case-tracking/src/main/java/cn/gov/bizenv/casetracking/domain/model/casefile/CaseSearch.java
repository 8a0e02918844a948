package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.Collection;
import java.util.List;

/**
 * The full-text search of cases: the words of {@link CaseCriteria#text()} with the criteria's
 * filters, answered from an index derived from the database. Several words must all occur; a quoted
 * phrase must occur as written; a word after {@code -} must not occur. With text and no sort field
 * (or the sort field {@code relevance}) the best matches come first.
 */
public interface CaseSearch {
  /** The sort field that asks for the best matches first (the default when there is text). */
  String RELEVANCE = "relevance";

  /**
   * One page of the ids of the matching cases, in order, and the number of all matches. With {@code
   * among} non-null only those cases are considered.
   */
  CaseHits find(CaseCriteria criteria, Collection<Long> among, PageRequest page);

  /**
   * A keyset page, newest first, after the cursor (null: the first page), among the ids when
   * non-null; no total.
   */
  CaseHits findAfter(CaseCriteria criteria, Collection<Long> among, CaseCursor after, int limit);

  /**
   * The title whole and the best passage of the content, the query's words marked with {@code
   * <em>}, everything else HTML-escaped; null parts where a field has no match.
   */
  CaseHighlights highlight(String text, String title, String content);

  /** The cases most like the probe, best first, at most {@code limit}, scored in [0, 1]. */
  List<SimilarCase> similar(SimilarityProbe probe, int limit);

  /** Whether the index has caught up with the database once since this server started. */
  boolean ready();

  /** Starts rebuilding the index from the database in the background. */
  void rebuild();

  /** Whether a rebuild was asked for (or found necessary) and has not finished. */
  boolean rebuilding();

  /** How many cases the index holds now. */
  long indexedCases();

  /** The last outbox entry this server's index has applied. */
  long outboxPosition();
}
