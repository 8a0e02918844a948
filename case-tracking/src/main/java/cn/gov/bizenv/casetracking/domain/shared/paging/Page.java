package cn.gov.bizenv.casetracking.domain.shared.paging;

import java.util.List;
import java.util.function.Function;

/** A page of results and the total number of matches, so lists can show page links. */
public record Page<T>(List<T> items, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total);
  }
}
