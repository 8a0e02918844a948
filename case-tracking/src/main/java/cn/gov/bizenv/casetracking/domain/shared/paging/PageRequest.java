package cn.gov.bizenv.casetracking.domain.shared.paging;

/**
 * One page of a list: where it starts, how long it is and how it is sorted. The sort field is a
 * name that each query maps to a column through its own whitelist; unknown names fall back to the
 * query's default order, so a caller can never inject SQL through it.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {
  public static final int MAX_LIMIT = 200;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit, null, true);
  }
}
