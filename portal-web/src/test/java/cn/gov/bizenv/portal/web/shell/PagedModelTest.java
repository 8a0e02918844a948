package cn.gov.bizenv.portal.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedModelTest {
  record Row(long id, String name) {}

  /** 25 rows; the query records each request it answers. */
  final List<PageRequest> asked = new ArrayList<>();

  final PagedModel<Row> model =
      new PagedModel<>(
          request -> {
            asked.add(request);
            List<Row> all =
                LongStream.rangeClosed(1, 25).mapToObj(i -> new Row(i, "#" + i)).toList();
            int to = Math.min(all.size(), request.offset() + request.limit());
            return new Page<>(all.subList(request.offset(), to), all.size());
          },
          Row::id);

  @Test
  void loadsOnlyTheShownPageSortedAsAskedAndCountsAll() {
    SortMeta byName = SortMeta.builder().field("name").order(SortOrder.DESCENDING).build();

    List<Row> shown = model.load(10, 10, Map.of("name", byName), Map.of());

    assertEquals(
        LongStream.rangeClosed(11, 20).boxed().toList(), shown.stream().map(Row::id).toList());
    assertEquals(new PageRequest(10, 10, "name", false), asked.get(0));
    assertEquals(25, model.getRowCount());
    assertEquals(25, model.count(Map.of()));
  }

  @Test
  void aRowOfTheShownPageIsFoundByItsKey() {
    model.setWrappedData(model.load(10, 10, Map.of(), Map.of()));

    assertEquals("12", model.getRowKey(new Row(12, "#12")));
    assertEquals(new Row(12, "#12"), model.getRowData("12"));
    assertNull(model.getRowData("3"), "not on the shown page");
    assertNull(model.getRowData("x"));
  }

  @Test
  void nothingIsFoundBeforeAPageIsShown() {
    assertNull(model.getRowData("1"));
  }
}
