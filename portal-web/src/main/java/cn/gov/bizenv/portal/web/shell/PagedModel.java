package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over an application service's paged query: only the shown page is read,
 * the database sorts and counts. Filters come from the page's own filter form, held by the bean.
 */
public class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;
  private final transient Function<PageRequest, Page<T>> query;
  private final transient ToLongFunction<T> rowKey;

  public PagedModel(Function<PageRequest, Page<T>> query, ToLongFunction<T> rowKey) {
    this.query = query;
    this.rowKey = rowKey;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, query.apply(PageRequest.first(1)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    PageRequest request =
        new PageRequest(
            first,
            Math.min(pageSize, PageRequest.MAX_LIMIT),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING);
    Page<T> page = query.apply(request);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return Long.toString(rowKey.applyAsLong(row));
  }

  /**
   * The row of the shown page with the given key, for PrimeFaces' row selection and row events;
   * null when no shown row has it (only the shown page is ever read, and a row that is not shown
   * cannot be picked).
   */
  @Override
  public T getRowData(String key) {
    List<T> shown = getWrappedData();
    if (shown == null || key == null) {
      return null;
    }
    return shown.stream().filter(row -> key.equals(getRowKey(row))).findFirst().orElse(null);
  }
}
