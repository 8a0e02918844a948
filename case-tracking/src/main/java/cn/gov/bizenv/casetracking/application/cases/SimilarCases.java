package cn.gov.bizenv.casetracking.application.cases;

import java.util.List;

/**
 * Cases about the same problem as a case or as a draft not yet recorded, on every channel: open
 * cases and those closed within the window ({@code portal.similar.closed-days}, 90 by default),
 * those of another district left out when the district is known, best first; only those scoring at
 * least the threshold ({@code portal.similar.threshold}) are returned. For the office's roles.
 */
public interface SimilarCases {
  /** At most this many are returned. */
  int LIMIT = 5;

  /**
   * @throws cn.gov.bizenv.casetracking.domain.shared.NotFoundException if there is no such case
   */
  List<SimilarCaseView> similarTo(long caseId);

  /**
   * @throws cn.gov.bizenv.casetracking.domain.shared.InvalidInputException naming {@code title} and
   *     {@code content} when both are blank
   */
  List<SimilarCaseView> similarTo(SimilarityRequest draft);
}
