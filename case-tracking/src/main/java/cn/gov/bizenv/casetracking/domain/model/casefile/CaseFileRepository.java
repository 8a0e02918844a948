package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores cases and their timelines, and answers paged, filtered queries in the database. */
public interface CaseFileRepository {
  Optional<CaseFile> find(long id);

  /** Stores a new case and gives it its id and tracking number. */
  void add(CaseFile caseFile);

  void addEvent(CaseEvent event);

  List<CaseEvent> timeline(long caseId);

  /** The tracking numbers of the cases merged into the given case, oldest first. */
  List<String> trackingNumbersMergedInto(long caseId);

  /**
   * Writes the case's changes now with a new version, even when only events were added, so that
   * every action counts as a change and a concurrent action on the same version is refused.
   *
   * @throws cn.gov.bizenv.casetracking.domain.shared.ConflictException if someone else changed the
   *     case since it was read
   */
  void saveAction(CaseFile caseFile);

  /** Open dispatched cases on the clock, in id order after {@code afterId}: the sweep's batches. */
  List<CaseFile> onTheClock(long afterId, int limit);

  /** Open dispatched cases whose reply deadline has passed at {@code asOf}, most overdue first. */
  List<CaseFile> overdue(java.time.LocalDateTime asOf, PageRequest page);

  long countOverdue(java.time.LocalDateTime asOf);

  /** A page of matching cases, read-only: changes to them are not saved. */
  List<CaseFile> find(CaseCriteria criteria, PageRequest page);

  long count(CaseCriteria criteria);

  /**
   * Up to {@code limit} matching cases, newest first, that come after the cursor (null: from the
   * newest): keyset paging, whose cost does not grow with the depth of the page. Read-only, as
   * {@link #find(CaseCriteria, PageRequest)}.
   */
  List<CaseFile> findAfter(CaseCriteria criteria, CaseCursor after, int limit);

  /** The cases with the given ids that exist, with their units, in one query. */
  List<CaseFile> findAll(Collection<Long> ids);

  /** Open cases per firm, for the firms among the given ids that have any. */
  Map<Long, Long> countOpenByFirm(Collection<Long> firmIds);

  /**
   * The cases with these ids as list rows (units, category path and batch fetched with them), in
   * the order of the ids; ids of cases that no longer exist are skipped.
   */
  List<CaseFile> findRows(List<Long> ids);

  /**
   * The ids of the cases matching the criteria (whose text is ignored), newest first, at most
   * limit.
   */
  List<Long> findIds(CaseCriteria criteria, int limit);
}
