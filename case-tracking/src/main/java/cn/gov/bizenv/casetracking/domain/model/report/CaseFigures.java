package cn.gov.bizenv.casetracking.domain.model.report;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import java.util.List;
import java.util.Map;

/** Aggregate queries over cases, one per figure; nothing here loads more than a page of cases. */
public interface CaseFigures {
  /** The count of a figure; {@code key} only for keyed figures (null: every row together). */
  long count(Figure figure, String key, FigureScope scope);

  /**
   * The counts of {@code base} and of {@code parts} from one pass over base's rows; each part must
   * be a subset of base by definition (see {@link Figure#within()}). Each count equals {@link
   * #count} of the same figure.
   */
  Map<Figure, Long> counts(Figure base, List<Figure> parts, FigureScope scope);

  /** The cohort by day of receipt, channel and status with its subset figures (one pass). */
  List<CohortCell> cohortCells(FigureScope scope);

  /** HANDLED by day of dispatch and day of reply (one pass). */
  List<HandledCell> handledCells(FigureScope scope);

  /**
   * The cohort by level-1 and by level-2 category (as {@link #breakdown} of CATEGORY and {@link
   * #secondLevelCategories}), both from one pass.
   */
  List<List<KeyCount>> categoryLevels(FigureScope scope);

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

  /**
   * A figure per lead unit (key: the unit id), largest first; cases without a lead unit are left
   * out.
   */
  List<KeyCount> perLeadUnit(Figure figure, FigureScope scope);

  /**
   * The supervision actions (催办, 督办单, 通报, 问责) taken in the period, per lead unit of the case and
   * kind of action.
   */
  List<SupervisionCount> supervisionPerUnit(FigureScope scope);

  /** The cases of {@link Figure#OVERDUE}, longest overdue first, at most {@code limit}. */
  List<CaseFile> longestOverdue(FigureScope scope, int limit);

  /** The cases behind a figure, one page: newest first, OVERDUE longest overdue first. */
  List<CaseFile> cases(Figure figure, String key, FigureScope scope, int offset, int limit);
}
