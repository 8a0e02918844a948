package cn.gov.bizenv.casetracking.application.supervision;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.time.LocalDateTime;

/**
 * Supervision of deadlines: the scheduled sweep that raises warnings and the ladder, and the
 * overdue board.
 */
public interface Supervision {
  /**
   * Raises every warning and ladder step (催办 → 督办单 → 通报 → 问责) due by {@code asOf}. Each step is
   * raised once per round of a case's clock, however many servers sweep at the same time.
   */
  SweepResult sweep(LocalDateTime asOf);

  /** Open cases whose reply deadline has passed at {@code asOf}, most overdue first. */
  Page<OverdueCase> overdue(LocalDateTime asOf, PageRequest page);
}
