package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
  @Test
  void defaultsToTheFirstPageOfTwenty() {
    PageRequest page = QueryParameters.page(null, null, null, null);
    assertEquals(0, page.offset());
    assertEquals(20, page.limit());
    assertEquals(true, page.ascending());
  }

  @Test
  void outOfRangeValuesNameTheParameter() {
    assertEquals("limit", field(() -> QueryParameters.page(0, 201, null, null)));
    assertEquals("limit", field(() -> QueryParameters.page(0, 0, null, null)));
    assertEquals("offset", field(() -> QueryParameters.page(-1, 10, null, null)));
    assertEquals("order", field(() -> QueryParameters.page(0, 10, null, "up")));
    assertEquals(
        "channel", field(() -> QueryParameters.enumValue(Channel.class, "FAX", "channel")));
    assertEquals("from", field(() -> QueryParameters.date("2026-02-30", "from")));
    assertEquals(
        "receivedAt", field(() -> QueryParameters.dateTime("2026-02-13 10:00", "receivedAt")));
  }

  @Test
  void parsesValidValuesAndTreatsBlankAsAbsent() {
    assertEquals(
        Channel.MAYOR_MAILBOX,
        QueryParameters.enumValue(Channel.class, " MAYOR_MAILBOX ", "channel"));
    assertNull(QueryParameters.enumValue(Channel.class, " ", "channel"));
    assertEquals(LocalDate.of(2026, 2, 14), QueryParameters.date("2026-02-14", "from"));
    assertEquals(
        LocalDateTime.of(2026, 2, 13, 10, 0),
        QueryParameters.dateTime("2026-02-13T10:00", "receivedAt"));
    assertNull(QueryParameters.dateTime("", "receivedAt"));
    assertEquals(false, QueryParameters.page(0, 10, "title", "DESC").ascending());
  }

  private static String field(Runnable call) {
    return assertThrows(InvalidInputException.class, call::run).violations().get(0).field();
  }
}
