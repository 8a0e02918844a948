package cn.gov.bizenv.casetracking.domain.model.report;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import java.util.List;

/** Aggregate queries over cases, one per figure; nothing here loads more than a page of cases. */
public interface CaseFigures {
  /** The count of a figure; {@code key} only for keyed figures (null: every row together). */
  long count(Figure figure, String key, FigureScope scope);

  /** A keyed figure's rows, largest first. */
  List<KeyCount> breakdown(Figure figure, FigureScope scope);

  /** The cohort by level-2 category (key: the level-2 code). */
  List<KeyCount> secondLevelCategories(FigureScope scope);

  /** RECEIVED per day of receipt. */
  List<DayCount> receivedPerDay(FigureScope scope);

  /** CLOSED per day of closing. */
  List<DayCount> closedPerDay(FigureScope scope);

  /** HANDLED per day of dispatch and per day of reply, for the working-day average. */
  List<DayCount> handledPerDispatchDay(FigureScope scope);

  List<DayCount> handledPerReplyDay(FigureScope scope);

  /**
   * Per lead unit, the counts of its ranking (see {@link UnitMeasures}); units with nothing in the
   * period are absent. Each rate's parts use the same definition as the dashboard's figure.
   */
  List<UnitMeasures> unitMeasures(FigureScope scope);

  /** The cases behind a figure, newest first, one page. */
  List<CaseFile> cases(Figure figure, String key, FigureScope scope, int offset, int limit);
}
