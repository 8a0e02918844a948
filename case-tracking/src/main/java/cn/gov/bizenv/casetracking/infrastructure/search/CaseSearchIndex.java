package cn.gov.bizenv.casetracking.infrastructure.search;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCursor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHighlights;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHits;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseSearch;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarCase;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarityProbe;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's case index: opened at start (fast: no reading of cases), then kept by one task
 * every {@value #REPLAY_MILLIS} ms that replays the outbox in id order and commits how far it got
 * with the index. The same task rebuilds the index from the database when it is missing, belongs to
 * another database, is corrupt, or fell behind the outbox's pruning, and when an administrator
 * asks; searches keep seeing the last committed index meanwhile. Nothing here blocks the
 * deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CaseSearchIndex implements CaseSearch {
  static final long REPLAY_MILLIS = 500;

  /** Commit data: the last outbox id applied, when, and for which database. */
  static final String POSITION = "outbox.position";

  static final String REPLAYED_AT = "outbox.replayedAt";
  static final String DATABASE = "database";

  /** Commit data: the fields' layout (CaseFields); an index of another layout is rebuilt. */
  static final String LAYOUT = "layout";

  static final String CURRENT_LAYOUT = "2";

  /**
   * An entry committed out of id order (its transaction took an id, then committed after a later
   * one) is caught while its id is a remembered gap or, after a restart, by re-reading this far
   * back.
   */
  static final Duration LATE_COMMIT = Duration.ofMinutes(10);

  private static final int REPLAY_BATCH = 2_000;
  private static final int REBUILD_BATCH = 1_000;
  private static final int MAX_GAPS = 10_000;
  private static final Logger LOG = Logger.getLogger(CaseSearchIndex.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject CaseIndexFeed feed;

  @Inject
  @ConfigProperty(name = "portal.search.dir")
  String directory;

  @Inject
  @ConfigProperty(name = "portal.db.url")
  String database;

  @Inject
  @ConfigProperty(name = "portal.search.outbox-retention-days", defaultValue = "7")
  int retentionDays;

  private volatile CaseIndexEngine engine;
  private volatile boolean ready;
  private volatile boolean rebuildRequested;
  private volatile boolean rebuilding;
  private volatile boolean checked;
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  /**
   * Held by whoever writes the index: the replay task, or a search catching up with what was
   * committed before it (so that a person finds the case they have just recorded).
   */
  private final ReentrantLock writing = new ReentrantLock();

  // Written under the lock.
  private volatile long position;
  private LocalDateTime rereadSince;
  private final Map<Long, LocalDateTime> gaps = new LinkedHashMap<>();

  @PostConstruct
  void start() {
    open();
    tasks.add(
        scheduler.scheduleWithFixedDelay(this::tick, 0, REPLAY_MILLIS, TimeUnit.MILLISECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::pruneQuietly, 5, 60, TimeUnit.MINUTES));
  }

  void open() {
    Path folder = Path.of(directory);
    try {
      engine = openOrReplace(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the case index in " + folder, e);
    }
  }

  /** Opens the index; a corrupt or unreadable one is emptied and rebuilt. */
  private CaseIndexEngine openOrReplace(Path folder) throws IOException {
    Files.createDirectories(folder);
    try {
      CaseIndexEngine opened = CaseIndexEngine.open(FSDirectory.open(folder));
      opened.commitData();
      return opened;
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      LOG.log(Level.WARNING, "case index in " + folder + " is unreadable; rebuilding it", e);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      rebuildRequested = true;
      return CaseIndexEngine.open(FSDirectory.open(folder));
    }
  }

  @PreDestroy
  void stop() {
    tasks.forEach(task -> task.cancel(false));
    writing.lock();
    try {
      engine.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "closing the case index failed", e);
    } finally {
      writing.unlock();
    }
  }

  /** One run of the replay task: the start check, a rebuild if one is due, then the outbox. */
  void tick() {
    writing.lock();
    try {
      if (!checked) {
        check();
        checked = true;
      }
      if (rebuildRequested) {
        rebuilding = true;
        rebuildRequested = false;
        try {
          rebuildNow();
        } catch (RuntimeException | IOException e) {
          // Staged but never committed: the retry starts over before any replay commits it.
          rebuildRequested = true;
          throw e;
        }
        rebuilding = false;
      }
      while (replayOnce() == REPLAY_BATCH) {
        // A long backlog is replayed in batches without waiting for the next tick.
      }
      ready = true;
    } catch (RuntimeException | IOException e) {
      // The next tick tries again from the committed position; nothing is lost.
      LOG.log(Level.WARNING, "replaying the case index outbox failed", e);
    } finally {
      writing.unlock();
    }
  }

  /**
   * Applies what was committed before this search, unless the index is being rebuilt or the replay
   * takes longer than {@link #CATCH_UP_WAIT}: then the search answers from the index as it is.
   * Costs one look at the outbox's newest id when the index is current.
   */
  private void catchUp() {
    if (!ready || feed.lastChange() <= position) {
      return;
    }
    try {
      if (writing.tryLock(CATCH_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        try {
          while (replayOnce() == REPLAY_BATCH) {
            // The rest of a backlog.
          }
        } finally {
          writing.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "catching the case index up failed; searching it as it is", e);
    }
  }

  static final Duration CATCH_UP_WAIT = Duration.ofSeconds(1);

  /** Decides at start whether the committed index can be continued or must be rebuilt. */
  private void check() throws IOException {
    Map<String, String> data = engine.commitData();
    long last = feed.lastChange();
    String committedPosition = data.get(POSITION);
    String replayedAt = data.get(REPLAYED_AT);
    String reason = null;
    if (committedPosition == null || replayedAt == null) {
      reason = "there is no index yet";
    } else if (!database.equals(data.get(DATABASE))) {
      reason = "the index was built for another database";
    } else if (!CURRENT_LAYOUT.equals(data.get(LAYOUT))) {
      reason = "the index has the fields of another version of the portal";
    } else if (Long.parseLong(committedPosition) > last) {
      reason = "the index is ahead of the database (restored or replaced)";
    } else if (LocalDateTime.parse(replayedAt)
        .isBefore(LocalDateTime.now().minusDays(retentionDays).plus(LATE_COMMIT))) {
      reason = "the index fell behind the outbox's retention of " + retentionDays + " days";
    }
    if (reason != null) {
      LOG.info("case index: rebuilding because " + reason);
      rebuildRequested = true;
      return;
    }
    position = Long.parseLong(committedPosition);
    rereadSince = LocalDateTime.parse(replayedAt).minus(LATE_COMMIT);
    LOG.info(
        "case index: continuing from outbox entry "
            + position
            + " ("
            + engine.documentCount()
            + " cases indexed)");
  }

  /** Applies the next entries of the outbox; returns how many were read. */
  int replayOnce() throws IOException {
    List<CaseIndexFeed.Change> changes =
        feed.changes(position, gaps.keySet(), rereadSince, REPLAY_BATCH);
    LocalDateTime now = LocalDateTime.now();
    rereadSince = null;
    gaps.values().removeIf(seen -> seen.isBefore(now.minus(LATE_COMMIT)));
    if (changes.isEmpty()) {
      return 0;
    }
    long last = position;
    Set<Long> caseIds = new LinkedHashSet<>();
    for (CaseIndexFeed.Change change : changes) {
      caseIds.add(change.caseId());
      if (change.id() > last) {
        for (long gap = last + 1; gap < change.id() && gaps.size() < MAX_GAPS; gap++) {
          gaps.put(gap, now);
        }
        last = change.id();
      } else {
        gaps.remove(change.id());
      }
    }
    List<CaseDocument> documents = feed.documents(caseIds);
    Set<Long> gone = new LinkedHashSet<>(caseIds);
    documents.forEach(document -> gone.remove(document.id()));
    engine.apply(documents, gone, commitData(last, now));
    position = last;
    return changes.size();
  }

  private Map<String, String> commitData(long outboxPosition, LocalDateTime at) {
    Map<String, String> data = new HashMap<>();
    data.put(POSITION, Long.toString(outboxPosition));
    data.put(REPLAYED_AT, at.toString());
    data.put(DATABASE, database);
    data.put(LAYOUT, CURRENT_LAYOUT);
    return data;
  }

  /**
   * Reads every case into the index; the outbox position is taken first, so that what changes while
   * the cases are read is replayed after.
   */
  private void rebuildNow() throws IOException {
    LocalDateTime started = LocalDateTime.now();
    long start = feed.lastChange();
    long total = feed.caseCount();
    LOG.info("case index: rebuilding from " + total + " cases");
    engine.clear();
    long after = Long.MIN_VALUE;
    long done = 0;
    long reported = 0;
    while (true) {
      List<CaseDocument> batch = feed.documentsAfter(after, REBUILD_BATCH);
      if (batch.isEmpty()) {
        break;
      }
      engine.stage(batch);
      after = batch.get(batch.size() - 1).id();
      done += batch.size();
      if (done - reported >= Math.max(REBUILD_BATCH, total / 20)) {
        LOG.info("case index: " + done + " of " + total + " cases indexed");
        reported = done;
      }
    }
    engine.commit(commitData(start, started));
    position = start;
    gaps.clear();
    rereadSince = started.minus(LATE_COMMIT);
    LOG.info(
        "case index: rebuilt with "
            + done
            + " cases in "
            + Duration.between(started, LocalDateTime.now()).toSeconds()
            + " s");
  }

  private void pruneQuietly() {
    try {
      int pruned = feed.prune(LocalDateTime.now().minusDays(retentionDays));
      if (pruned > 0) {
        LOG.info("case index: pruned " + pruned + " outbox entries");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "pruning the case index outbox failed", e);
    }
  }

  @Override
  public CaseHits find(CaseCriteria criteria, Collection<Long> among, PageRequest page) {
    catchUp();
    return engine.find(criteria, among, page);
  }

  @Override
  public CaseHits findAfter(
      CaseCriteria criteria, Collection<Long> among, CaseCursor after, int limit) {
    catchUp();
    return engine.findAfter(criteria, among, after, limit);
  }

  @Override
  public CaseHighlights highlight(String text, String title, String content) {
    return engine.highlight(text, title, content);
  }

  @Override
  public List<SimilarCase> similar(SimilarityProbe probe, int limit) {
    catchUp();
    return engine.similar(probe, limit);
  }

  @Override
  public boolean ready() {
    return ready;
  }

  @Override
  public void rebuild() {
    rebuildRequested = true;
  }

  @Override
  public boolean rebuilding() {
    return rebuildRequested || rebuilding;
  }

  @Override
  public long indexedCases() {
    try {
      return engine.documentCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long outboxPosition() {
    return position;
  }
}
