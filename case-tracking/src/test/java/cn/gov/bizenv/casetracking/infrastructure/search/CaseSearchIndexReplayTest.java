package cn.gov.bizenv.casetracking.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay of the outbox into the index, against a database held in memory: what a server stopped
 * between a case's commit and its indexing finds at its next start, entries committed out of id
 * order, and the rebuilds of a missing, foreign or corrupt index.
 */
class CaseSearchIndexReplayTest {
  @TempDir Path folder;

  private final FakeDatabase database = new FakeDatabase();
  private final List<CaseSearchIndex> started = new ArrayList<>();

  @AfterEach
  void stopAll() {
    started.forEach(CaseSearchIndex::stop);
  }

  private CaseSearchIndex server(String databaseUrl) {
    CaseSearchIndex index = new CaseSearchIndex();
    index.feed = database;
    index.directory = folder.toString();
    index.database = databaseUrl;
    index.retentionDays = 7;
    index.open();
    started.add(index);
    return index;
  }

  private static List<Long> found(CaseSearchIndex index, String text) {
    return index
        .find(
            new CaseCriteria(text, null, null, null, null, null, null), null, PageRequest.first(20))
        .ids();
  }

  @Test
  void aMissingIndexIsRebuiltFromTheDatabase() {
    database.record(1, "人民路路灯不亮");
    database.record(2, "建设路噪音扰民");
    CaseSearchIndex index = server("jdbc:h2:mem:a");
    assertFalse(index.ready());
    index.tick();
    assertTrue(index.ready());
    assertEquals(1, database.rebuilds);
    assertEquals(List.of(1L), found(index, "路灯"));
    assertEquals(2, index.indexedCases());
    assertEquals(database.lastChange(), index.outboxPosition());
  }

  @Test
  void aServerStoppedBetweenCommitAndIndexingCatchesUpAtItsNextStart() {
    database.record(1, "人民路路灯不亮");
    CaseSearchIndex first = server("jdbc:h2:mem:a");
    first.tick();
    // Committed with its outbox entry, but the server stops before its next replay.
    database.record(2, "长江路井盖缺失");
    first.stop();
    started.remove(first);

    CaseSearchIndex next = server("jdbc:h2:mem:a");
    next.tick();
    assertEquals(1, database.rebuilds, "continued from the committed position, not rebuilt");
    assertEquals(List.of(2L), found(next, "井盖"));
  }

  @Test
  void anEntryCommittedAfterALaterOneIsStillApplied() {
    CaseSearchIndex index = server("jdbc:h2:mem:a");
    index.tick();
    long skipped = database.reserveChangeId();
    database.record(3, "长江路井盖缺失");
    index.tick();
    assertEquals(List.of(3L), found(index, "井盖"));
    // The transaction that took the earlier id commits now.
    database.recordWithChangeId(4, "黄河路路灯不亮", skipped);
    index.tick();
    assertEquals(List.of(4L), found(index, "路灯"));
  }

  @Test
  void aSearchFindsWhatWasCommittedBeforeIt() {
    CaseSearchIndex index = server("jdbc:h2:mem:a");
    index.tick();
    database.record(5, "人民路路灯不亮");
    assertEquals(List.of(5L), found(index, "路灯"), "no tick in between");
  }

  @Test
  void changesAndRemovalsReplaceWhatTheIndexHad() {
    database.record(1, "人民路路灯不亮");
    CaseSearchIndex index = server("jdbc:h2:mem:a");
    index.tick();
    database.update(1, "人民路路灯已修复", CaseStatus.CLOSED);
    database.remove(1);
    index.tick();
    assertEquals(List.of(), found(index, "路灯"));
  }

  @Test
  void anIndexOfAnotherDatabaseIsRebuilt() {
    database.record(1, "人民路路灯不亮");
    server("jdbc:h2:mem:a").tick();
    started.remove(0).stop();
    CaseSearchIndex other = server("jdbc:postgresql://localhost/other");
    other.tick();
    assertEquals(2, database.rebuilds);
  }

  @Test
  void aCorruptIndexIsRebuilt() throws IOException {
    database.record(1, "人民路路灯不亮");
    server("jdbc:h2:mem:a").tick();
    started.remove(0).stop();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    CaseSearchIndex again = server("jdbc:h2:mem:a");
    again.tick();
    assertEquals(2, database.rebuilds);
    assertEquals(List.of(1L), found(again, "路灯"));
  }

  @Test
  void anAdministratorsRebuildRunsOnTheNextTick() {
    database.record(1, "人民路路灯不亮");
    CaseSearchIndex index = server("jdbc:h2:mem:a");
    index.tick();
    index.rebuild();
    assertTrue(index.rebuilding());
    index.tick();
    assertFalse(index.rebuilding());
    assertEquals(2, database.rebuilds);
  }

  /** Cases and the outbox as the database holds them, committed as each call returns. */
  static final class FakeDatabase extends CaseIndexFeed {
    final TreeMap<Long, CaseDocument> cases = new TreeMap<>();
    final TreeMap<Long, Long> outbox = new TreeMap<>();
    long nextChange = 1;
    int rebuilds;

    void record(long id, String title) {
      update(id, title, CaseStatus.NEW);
    }

    void update(long id, String title, CaseStatus status) {
      recordWithChangeId(id, title, status, reserveChangeId());
    }

    void recordWithChangeId(long id, String title, long changeId) {
      recordWithChangeId(id, title, CaseStatus.NEW, changeId);
    }

    private void recordWithChangeId(long id, String title, CaseStatus status, long changeId) {
      cases.put(
          id,
          new CaseDocument(
              id,
              "LY20261102" + id,
              title,
              title + "，请尽快处理。",
              null,
              null,
              Channel.NETIZEN_MESSAGE,
              status,
              1,
              "华龙区",
              1L,
              null,
              null,
              List.of(),
              List.of(),
              LocalDateTime.of(2026, 11, 2, 9, 0),
              null,
              null));
      outbox.put(changeId, id);
    }

    void remove(long id) {
      cases.remove(id);
      outbox.put(reserveChangeId(), id);
    }

    long reserveChangeId() {
      return nextChange++;
    }

    @Override
    public List<Change> changes(
        long position, Collection<Long> gaps, LocalDateTime since, int limit) {
      return outbox.entrySet().stream()
          .filter(e -> e.getKey() > position || gaps.contains(e.getKey()) || since != null)
          .limit(limit)
          .map(e -> new Change(e.getKey(), e.getValue()))
          .toList();
    }

    @Override
    public long lastChange() {
      return outbox.isEmpty() ? 0 : outbox.lastKey();
    }

    @Override
    public int prune(LocalDateTime before) {
      return 0;
    }

    @Override
    public long caseCount() {
      return cases.size();
    }

    @Override
    public List<CaseDocument> documents(Collection<Long> ids) {
      return ids.stream().filter(cases::containsKey).map(cases::get).toList();
    }

    @Override
    public List<CaseDocument> documentsAfter(long afterId, int limit) {
      if (afterId == Long.MIN_VALUE) {
        rebuilds++;
      }
      return cases.tailMap(afterId, false).values().stream().limit(limit).toList();
    }
  }
}
