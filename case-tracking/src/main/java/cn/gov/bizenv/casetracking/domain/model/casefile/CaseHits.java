package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.util.List;

/**
 * Ids of cases a search found, in the order asked, and the number of all matches (-1: not counted).
 */
public record CaseHits(List<Long> ids, long total) {
  public CaseHits {
    ids = List.copyOf(ids);
  }
}
