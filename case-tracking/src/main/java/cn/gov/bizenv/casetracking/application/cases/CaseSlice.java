package cn.gov.bizenv.casetracking.application.cases;

import java.util.List;

/**
 * A keyset page of cases, newest first; {@code next} is the cursor of the following page, or null
 * when this page is the last.
 */
public record CaseSlice(List<CaseSummary> items, String next) {
  public CaseSlice {
    items = List.copyOf(items);
  }
}
