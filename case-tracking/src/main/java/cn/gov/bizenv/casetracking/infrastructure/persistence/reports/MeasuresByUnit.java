package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ranking's counts per lead unit while they are summed from several queries (and from the tally
 * and the cases for one period); a unit is listed once anything was added for it.
 */
final class MeasuresByUnit {
  // Slots of a unit's counts, in the order of UnitMeasures' components.
  private static final int SIGN_OFF = 0, REPLY_DUE = 2, COHORT = 4, DISPATCHED = 8;
  private static final int RETURNED = 9, SUPERVISION = 10, SLOTS = 11;

  private final Map<Long, long[]> perUnit = new TreeMap<>();

  void signOff(long unit, long due, long onTime) {
    add(unit, SIGN_OFF, due, onTime);
  }

  void replyDue(long unit, long due, long onTime) {
    add(unit, REPLY_DUE, due, onTime);
  }

  /**
   * The cohort's subsets; its own count is not a measure, and a unit with none of the subsets is
   * not listed for them (as when each was counted on its own).
   */
  void cohort(long unit, long rated, long satisfied, long closedOnce, long reopened) {
    if (rated + satisfied + closedOnce + reopened != 0) {
      add(unit, COHORT, rated, satisfied, closedOnce, reopened);
    }
  }

  void dispatched(long unit, long count) {
    add(unit, DISPATCHED, count);
  }

  void returned(long unit, long count) {
    add(unit, RETURNED, count);
  }

  void supervision(long unit, long count) {
    add(unit, SUPERVISION, count);
  }

  /** Drops every unit but this one. */
  void keepOnly(long unit) {
    perUnit.keySet().retainAll(Set.of(unit));
  }

  Set<Long> units() {
    return perUnit.keySet();
  }

  /** The units in id order, named from {@code names}. */
  List<UnitMeasures> measures(Map<Long, String> names) {
    List<UnitMeasures> result = new ArrayList<>();
    perUnit.forEach(
        (id, n) ->
            result.add(
                new UnitMeasures(
                    id,
                    names.get(id),
                    n[0],
                    n[1],
                    n[2],
                    n[3],
                    n[4],
                    n[5],
                    n[6],
                    n[7],
                    n[8],
                    n[9],
                    n[10])));
    return result;
  }

  private void add(long unit, int first, long... values) {
    long[] n = perUnit.computeIfAbsent(unit, k -> new long[SLOTS]);
    for (int i = 0; i < values.length; i++) {
      n[first + i] += values[i];
    }
  }
}
