package cn.gov.bizenv.casetracking.infrastructure.search;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCursor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHighlights;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHits;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseSearch;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarCase;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarityProbe;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The case index itself, free of the container: documents in, queries out. Writes are committed
 * with the caller's commit data (how far the outbox was replayed), and searchers see only committed
 * states, so that a rebuild in progress never shows a half-built index.
 */
public final class CaseIndexEngine implements Closeable {
  /** More than this many hits are never paged through (offset + limit). */
  static final int MAX_WINDOW = 10_000;

  private static final int SIMILAR_CANDIDATES = 40;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer queryAnalyzer = ChineseAnalyzer.bigrams();
  private final SearchText searchText = new SearchText(queryAnalyzer);
  private final Similarity similarity = new Similarity(ChineseAnalyzer.withUnigrams());
  private final UnifiedHighlighter highlighter;

  private CaseIndexEngine(Directory directory) throws IOException {
    this.directory = directory;
    Analyzer indexAnalyzer =
        new PerFieldAnalyzerWrapper(
            ChineseAnalyzer.bigrams(),
            Map.of(CaseFields.TITLE_CHARS, ChineseAnalyzer.withUnigrams()));
    IndexWriterConfig config =
        new IndexWriterConfig(indexAnalyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            // Stored titles and contents are there to score similar cases and to highlight:
            // compressed harder, since they are read a few dozen at a time.
            .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
            .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit();
    }
    this.searchers = new SearcherManager(directory, null);
    this.highlighter =
        UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
            .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
            .withMaxLength(20_000)
            // Every word is marked where it occurs, even in a field that lacks the others (the
            // title of a case whose district is only in the content).
            .withWeightMatches(false)
            .build();
  }

  /** Opens the index in the directory, creating an empty one if there is none. */
  public static CaseIndexEngine open(Directory directory) throws IOException {
    return new CaseIndexEngine(directory);
  }

  /** The commit data of the last commit (empty for a new index). */
  public Map<String, String> commitData() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return new HashMap<>(reader.getIndexCommit().getUserData());
    }
  }

  public int documentCount() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Adds or replaces the documents, removes the ids, and commits with the data. */
  public void apply(
      Collection<CaseDocument> upserts, Collection<Long> deletes, Map<String, String> commitData)
      throws IOException {
    stage(upserts);
    for (Long id : deletes) {
      writer.deleteDocuments(new Term(CaseFields.ID, Long.toString(id)));
    }
    commit(commitData);
  }

  /** Adds or replaces the documents without committing (a rebuild's batches). */
  public void stage(Collection<CaseDocument> upserts) throws IOException {
    for (CaseDocument c : upserts) {
      writer.updateDocument(new Term(CaseFields.ID, Long.toString(c.id())), CaseFields.document(c));
    }
  }

  /** Starts a rebuild: the documents are dropped, though searchers keep the last commit. */
  public void clear() throws IOException {
    writer.deleteAll();
  }

  public void commit(Map<String, String> commitData) throws IOException {
    writer.setLiveCommitData(commitData.entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  public CaseHits find(CaseCriteria criteria, Collection<Long> among, PageRequest page) {
    Query query = query(criteria, among);
    int window = Math.min(page.offset() + page.limit(), MAX_WINDOW);
    if (page.offset() >= window) {
      return new CaseHits(List.of(), count(query));
    }
    Sort sort = sort(page, hasText(criteria));
    return search(
        searcher -> {
          TopDocs top =
              sort == null
                  ? searcher.search(
                      query, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE))
                  : searcher.search(
                      query, new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE));
          return new CaseHits(ids(searcher, top.scoreDocs, page.offset()), top.totalHits.value);
        });
  }

  public CaseHits findAfter(
      CaseCriteria criteria, Collection<Long> among, CaseCursor after, int limit) {
    Query query = query(criteria, among);
    Sort newest =
        new Sort(
            new SortField(CaseFields.RECEIVED, SortField.Type.LONG, true),
            new SortField(CaseFields.ID_SORT, SortField.Type.LONG, true));
    FieldDoc from =
        after == null
            ? null
            : new FieldDoc(
                Integer.MAX_VALUE,
                Float.NaN,
                new Object[] {CaseFields.millis(after.receivedAt()), after.id()});
    return search(
        searcher -> {
          TopDocs top =
              searcher.search(
                  query,
                  new TopFieldCollectorManager(newest, Math.min(limit, MAX_WINDOW), from, 0));
          return new CaseHits(ids(searcher, top.scoreDocs, 0), -1);
        });
  }

  private long count(Query query) {
    return search(searcher -> (long) searcher.count(query));
  }

  public CaseHighlights highlight(String text, String title, String content) {
    Query query = searchText.parse(text);
    if (query == null) {
      return new CaseHighlights(null, null);
    }
    try {
      Object marked = highlighter.highlightWithoutSearcher(CaseFields.TITLE, query, title, 1);
      Object passage = highlighter.highlightWithoutSearcher(CaseFields.CONTENT, query, content, 1);
      return new CaseHighlights(marked(marked), marked(passage));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Null unless the highlighter marked a word. */
  private static String marked(Object highlighted) {
    return highlighted instanceof String s && s.contains("<em>") ? s : null;
  }

  public List<SimilarCase> similar(SimilarityProbe probe, int limit) {
    return search(
        searcher -> {
          Similarity.Profile profile = similarity.profile(probe.title(), probe.content());
          Query like = similarity.candidates(profile, searcher.getIndexReader());
          if (like == null) {
            return List.<SimilarCase>of();
          }
          BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST);
          query.add(similarWindow(probe), Occur.FILTER);
          query.add(
              new TermQuery(new Term(CaseFields.STATUS, CaseStatus.MERGED.name())), Occur.MUST_NOT);
          if (probe.excludeCaseId() != null) {
            query.add(
                new TermQuery(new Term(CaseFields.ID, Long.toString(probe.excludeCaseId()))),
                Occur.MUST_NOT);
          }
          if (probe.districtId() != null) {
            query.add(
                new TermInSetQuery(
                    CaseFields.DISTRICT,
                    List.of(
                        new BytesRef(Long.toString(probe.districtId())),
                        new BytesRef(CaseFields.NO_DISTRICT))),
                Occur.FILTER);
          }
          TopDocs top = searcher.search(query.build(), SIMILAR_CANDIDATES);
          StoredFields stored = searcher.storedFields();
          List<SimilarCase> scored = new ArrayList<>();
          IndexReader reader = searcher.getIndexReader();
          for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc);
            double score =
                similarity.score(
                    profile,
                    similarity.profile(doc.get(CaseFields.TITLE), doc.get(CaseFields.CONTENT)),
                    reader);
            scored.add(new SimilarCase(Long.parseLong(doc.get(CaseFields.ID)), score));
          }
          scored.sort(Comparator.comparingDouble(SimilarCase::score).reversed());
          return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
        });
  }

  /** Open cases, and those closed since the probe's date. */
  private static Query similarWindow(SimilarityProbe probe) {
    BooleanQuery.Builder window = new BooleanQuery.Builder();
    List<BytesRef> open = new ArrayList<>();
    for (CaseStatus status : CaseStatus.values()) {
      if (status.isOpen()) {
        open.add(new BytesRef(status.name()));
      }
    }
    window.add(new TermInSetQuery(CaseFields.STATUS, open), Occur.SHOULD);
    if (probe.closedSince() != null) {
      window.add(
          LongPoint.newRangeQuery(
              CaseFields.CLOSED, CaseFields.millis(probe.closedSince()), Long.MAX_VALUE),
          Occur.SHOULD);
    }
    return window.build();
  }

  private static boolean hasText(CaseCriteria criteria) {
    return criteria.text() != null && !criteria.text().isBlank();
  }

  /** Null: by relevance. */
  private static Sort sort(PageRequest page, boolean text) {
    String field = page.sortField();
    SortField tieBreak = new SortField(CaseFields.ID_SORT, SortField.Type.LONG, !page.ascending());
    if (field == null || CaseSearch.RELEVANCE.equals(field)) {
      return text ? null : newest(false);
    }
    SortField primary =
        switch (field) {
          case "trackingNumber" ->
              new SortField(CaseFields.NUMBER, SortField.Type.STRING, !page.ascending());
          case "title" ->
              new SortField(CaseFields.TITLE_SORT, SortField.Type.STRING, !page.ascending());
          case "status" ->
              new SortField(CaseFields.STATUS, SortField.Type.STRING, !page.ascending());
          case "channel" ->
              new SortField(CaseFields.CHANNEL, SortField.Type.STRING, !page.ascending());
          case "receivedAt" ->
              new SortField(CaseFields.RECEIVED, SortField.Type.LONG, !page.ascending());
          default -> null;
        };
    return primary == null ? (text ? null : newest(false)) : new Sort(primary, tieBreak);
  }

  private static Sort newest(boolean ascending) {
    return new Sort(
        new SortField(CaseFields.RECEIVED, SortField.Type.LONG, !ascending),
        new SortField(CaseFields.ID_SORT, SortField.Type.LONG, !ascending));
  }

  /** The criteria as one query: the text scores, the filters only filter. */
  Query query(CaseCriteria criteria, Collection<Long> among) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query text = searchText.parse(criteria.text());
    query.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    if (among != null) {
      query.add(
          new TermInSetQuery(
              CaseFields.ID, among.stream().map(id -> new BytesRef(Long.toString(id))).toList()),
          Occur.FILTER);
    }
    if (criteria.status() != null) {
      query.add(term(CaseFields.STATUS, criteria.status().name()), Occur.FILTER);
    }
    if (criteria.channel() != null) {
      query.add(term(CaseFields.CHANNEL, criteria.channel().name()), Occur.FILTER);
    }
    if (criteria.triageInbox()) {
      query.add(
          new TermInSetQuery(
              CaseFields.STATUS,
              CaseCriteria.INBOX.stream().map(s -> new BytesRef(s.name())).toList()),
          Occur.FILTER);
    }
    if (criteria.batchId() != null) {
      query.add(term(CaseFields.BATCH, Long.toString(criteria.batchId())), Occur.FILTER);
    }
    if (criteria.unitId() != null) {
      query.add(term(CaseFields.CONCERNED_UNIT, Long.toString(criteria.unitId())), Occur.FILTER);
    }
    if (criteria.visibleToUnit() != null) {
      // A unit sees the cases it leads or assists; this filter is what keeps it to them.
      String unit = Long.toString(criteria.visibleToUnit());
      query.add(
          new BooleanQuery.Builder()
              .add(term(CaseFields.LEAD_UNIT, unit), Occur.SHOULD)
              .add(term(CaseFields.ASSISTING_UNIT, unit), Occur.SHOULD)
              .build(),
          Occur.FILTER);
    }
    if (criteria.categoryCode() != null) {
      String code = criteria.categoryCode();
      query.add(
          CategoryCode.isValid(code)
              ? new BooleanQuery.Builder()
                  .add(term(CaseFields.CATEGORY, code), Occur.SHOULD)
                  .add(new PrefixQuery(new Term(CaseFields.CATEGORY, code + ".")), Occur.SHOULD)
                  .build()
              : SearchText.nothing(),
          Occur.FILTER);
    }
    if (criteria.receivedFrom() != null || criteria.receivedTo() != null) {
      long from =
          criteria.receivedFrom() == null
              ? Long.MIN_VALUE
              : CaseFields.millis(criteria.receivedFrom().atStartOfDay());
      long to =
          criteria.receivedTo() == null
              ? Long.MAX_VALUE
              : CaseFields.millis(criteria.receivedTo().plusDays(1).atStartOfDay()) - 1;
      query.add(LongPoint.newRangeQuery(CaseFields.RECEIVED, from, to), Occur.FILTER);
    }
    return query.build();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits, int from)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Long> ids = new ArrayList<>();
    for (int i = from; i < hits.length; i++) {
      ids.add(
          Long.parseLong(
              stored.document(hits[i].doc, java.util.Set.of(CaseFields.ID)).get(CaseFields.ID)));
    }
    return ids;
  }

  private interface Read<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  private <T> T search(Read<T> read) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return read.on(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer.isOpen()) {
      writer.close();
    }
  }
}
