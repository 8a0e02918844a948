package cn.gov.bizenv.portal.rest;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;

/** A page of an API list: the items, the total number of matches, and where this page starts. */
public record PageResponse<T>(List<T> items, long total, int offset, int limit) {
  /** The page a service found for the request. */
  public static <T> PageResponse<T> of(Page<T> found, PageRequest request) {
    return new PageResponse<>(found.items(), found.total(), request.offset(), request.limit());
  }
}
