package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.model.calendar.OfficialArrangements;
import cn.gov.bizenv.casetracking.domain.model.calendar.YearArrangement;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueLadder;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitTerms;
import cn.gov.bizenv.casetracking.domain.model.timelimit.WarningShares;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendar and time limits the migrations seed are the ones the domain ships: the 2025 and 2026
 * arrangements equal {@link OfficialArrangements} day for day, and every channel has a valid
 * default rule.
 */
class ShippedCalendarSeedTest {
  static JdbcDataSource database;

  @BeforeAll
  static void migrate() {
    database = EmbeddedSchema.migrated("seed");
  }

  @Test
  void seededYearsEqualTheOfficialArrangements() throws SQLException {
    Map<Integer, String> sources = new TreeMap<>();
    Map<Integer, List<LocalDate>> holidays = new TreeMap<>();
    Map<Integer, List<LocalDate>> makeUps = new TreeMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet years =
          statement.executeQuery("SELECT year_number, source FROM calendar_year")) {
        while (years.next()) {
          sources.put(years.getInt(1), years.getString(2));
        }
      }
      try (ResultSet days =
          statement.executeQuery("SELECT year_number, day_date, kind FROM calendar_day")) {
        while (days.next()) {
          var list = days.getString(3).equals("HOLIDAY") ? holidays : makeUps;
          list.computeIfAbsent(days.getInt(1), year -> new ArrayList<>())
              .add(days.getObject(2, LocalDate.class));
        }
      }
    }
    List<YearArrangement> seeded = new ArrayList<>();
    sources.forEach(
        (year, source) ->
            seeded.add(
                YearArrangement.of(
                    year,
                    holidays.getOrDefault(year, List.of()),
                    makeUps.getOrDefault(year, List.of()),
                    source)));

    assertEquals(OfficialArrangements.shipped(), seeded);
  }

  @Test
  void theDatabaseRefusesADayOutsideItsYearOrOfAnUnknownKind() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              statement.executeUpdate(
                  "INSERT INTO calendar_day VALUES (2026, DATE '2027-01-01', 'HOLIDAY')"));
      assertThrows(
          SQLException.class,
          () ->
              statement.executeUpdate(
                  "INSERT INTO calendar_day VALUES (2026, DATE '2026-03-01', 'WORKDAY')"));
    }
  }

  @Test
  void everyChannelHasOneValidDefaultRule() throws SQLException {
    Set<Channel> withDefault = EnumSet.noneOf(Channel.class);
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rules =
            statement.executeQuery(
                "SELECT channel, sign_off_working_days, reply_amount, reply_unit, total_amount,"
                    + " total_unit, first_warning_percent, second_warning_percent, urge_after,"
                    + " supervision_order_after, notice_after, accountability_after"
                    + " FROM time_limit_rule WHERE category_code IS NULL")) {
      while (rules.next()) {
        Channel channel = Channel.valueOf(rules.getString(1));
        // Throws if a seeded rule breaks the domain's invariants.
        TimeLimitTerms terms =
            new TimeLimitTerms(
                rules.getInt(2),
                new TimeLimit(rules.getInt(3), LimitUnit.valueOf(rules.getString(4))),
                new TimeLimit(rules.getInt(5), LimitUnit.valueOf(rules.getString(6))),
                new WarningShares(rules.getInt(7), rules.getInt(8)),
                new OverdueLadder(
                    rules.getInt(9), rules.getInt(10), rules.getInt(11), rules.getInt(12)));
        assertEquals(true, withDefault.add(channel), "two default rules for " + channel);
        if (channel == Channel.MAYOR_MAILBOX) {
          assertEquals(TimeLimit.workingDays(10), terms.reply());
        }
        if (channel == Channel.NETIZEN_MESSAGE) {
          assertEquals(TimeLimit.workingDays(13), terms.reply());
        }
        if (channel == Channel.DEPUTY_SUGGESTION || channel == Channel.CPPCC_PROPOSAL) {
          assertEquals(TimeLimit.calendarMonths(3), terms.reply());
          assertEquals(TimeLimit.calendarMonths(6), terms.total());
        }
        assertEquals(new OverdueLadder(1, 3, 5, 10), terms.ladder());
      }
    }
    assertEquals(EnumSet.allOf(Channel.class), withDefault);
  }
}
