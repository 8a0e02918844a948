package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.ClauseInMemory.holds;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCases.ALL;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCases.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each figure counts: every sample case × figure checked against the hand-written table. */
class FigureDefinitionsTest {
  static Stream<Arguments> everySampleAndFigure() {
    List<Arguments> combinations = new ArrayList<>();
    for (SampleCase sample : ALL) {
      for (Figure figure : Figure.values()) {
        combinations.add(Arguments.of(sample, figure));
      }
    }
    return combinations.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everySampleAndFigure")
  void aCaseCountsForAFigureExactlyWhenTheTableSaysSo(SampleCase sample, Figure figure) {
    assertEquals(
        sample.counts.contains(figure), holds(FigureDefinitions.of(figure, null, MARCH), sample));
  }

  @Test
  void theTableTellsEveryFigureApart() {
    // Guards the table itself: a figure that every sample counts for, or none, would let a wrong
    // definition pass the comparison above.
    for (Figure figure : Figure.values()) {
      assertTrue(ALL.stream().anyMatch(s -> s.counts.contains(figure)), figure + " by none");
      assertTrue(ALL.stream().anyMatch(s -> !s.counts.contains(figure)), figure + " by all");
    }
  }

  @Test
  void everyRatingThatIsNotABadOneCountsAsSatisfied() {
    for (Satisfaction rating : Satisfaction.values()) {
      SampleCase rated =
          SampleCase.sample("rated " + rating)
              .received("03-11 10:00", CaseStatus.FOLLOWED_UP)
              .dispatched(SampleCase.MARKET, "03-11 11:00", null, "03-18 17:00")
              .replied("03-12 09:00")
              .closed("03-13 09:00")
              .rated(rating);
      assertTrue(holds(FigureDefinitions.of(Figure.RATED, null, MARCH), rated), rating.name());
      assertEquals(
          rating.level() >= 3,
          holds(FigureDefinitions.of(Figure.SATISFIED, null, MARCH), rated),
          rating.name());
    }
  }

  @Test
  void signOffCountsCasesDueInThePeriodOnceSignedForOrPastDue() {
    for (SampleCase sample : ALL) {
      boolean due = holds(FigureDefinitions.signOffDue(MARCH), sample);
      assertEquals(sample.signOff != null, due, sample.toString());
      if (due) {
        assertEquals(sample.signOff, holds(FigureDefinitions.signedOnTime(), sample), sample.name);
      }
    }
  }

  @Test
  void eachPartIsWithinItsBaseAndOnTimeAndLateSplitTheCasesDue() {
    for (SampleCase sample : ALL) {
      for (Figure figure : Figure.values()) {
        if (counts(figure, sample)) {
          assertTrue(counts(figure.within(), sample), sample + ": " + figure);
        }
      }
      assertEquals(
          counts(Figure.REPLY_DUE, sample),
          counts(Figure.ON_TIME, sample) ^ counts(Figure.LATE, sample),
          sample.name);
      if (counts(Figure.OVERDUE, sample)) {
        assertTrue(counts(Figure.LATE, sample), sample.name);
      }
    }
  }

  @Test
  void aFigureCountsOnlyCasesWhoseCountedDateIsInThePeriod() {
    // count(date) equals the number of cases only because every counted case has that date set.
    for (Figure figure : Figure.values()) {
      for (SampleCase sample : ALL) {
        if (counts(figure, sample)) {
          LocalDateTime date =
              (LocalDateTime) ClauseInMemory.value(FigureDefinitions.counted(figure), sample);
          assertTrue(
              !date.isBefore(MARCH.start()) && date.isBefore(MARCH.end()), figure + " " + sample);
        }
      }
    }
  }

  @Test
  void aCategoryKeyIsItsSubtree() {
    SampleCase inSubtree = ALL.get(0); // 01.02.001
    SampleCase elsewhere = ALL.get(ALL.size() - 1); // 01.01.001
    assertTrue(holds(FigureDefinitions.of(Figure.CATEGORY, "01.02", MARCH), inSubtree));
    assertFalse(holds(FigureDefinitions.of(Figure.CATEGORY, "01.02", MARCH), elsewhere));
    assertTrue(holds(FigureDefinitions.of(Figure.CATEGORY, "01", MARCH), elsewhere));
    assertTrue(holds(FigureDefinitions.of(Figure.CATEGORY, "01.02.001", MARCH), inSubtree));
    assertFalse(holds(FigureDefinitions.of(Figure.CATEGORY, "02", MARCH), inSubtree));
  }

  @Test
  void otherKeysPickOneRow() {
    for (SampleCase sample : ALL) {
      boolean cohort = sample.counts.contains(Figure.RECEIVED);
      assertEquals(
          cohort && sample.channel.name().equals("FIRM_REQUEST"),
          holds(FigureDefinitions.of(Figure.CHANNEL, "FIRM_REQUEST", MARCH), sample),
          sample.name);
      assertEquals(
          cohort && sample.status.name().equals("IN_PROGRESS"),
          holds(FigureDefinitions.of(Figure.STATUS, "IN_PROGRESS", MARCH), sample),
          sample.name);
      assertEquals(
          cohort && Long.valueOf(SampleCase.MARKET).equals(sample.leadUnitId),
          holds(FigureDefinitions.of(Figure.LEAD_UNIT, "4", MARCH), sample),
          sample.name);
      assertEquals(
          sample.counts.contains(Figure.DISTRICT),
          holds(FigureDefinitions.of(Figure.DISTRICT, "1", MARCH), sample),
          sample.name);
      // A figure without rows ignores a key.
      assertEquals(cohort, holds(FigureDefinitions.of(Figure.RECEIVED, "anything", MARCH), sample));
    }
  }

  @Test
  void malformedKeysAreRefused() {
    // The category key becomes a LIKE pattern: wildcards must not get in.
    for (String key : List.of("0%", "01.%", "01_02", "")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> FigureDefinitions.of(Figure.CATEGORY, key, MARCH),
          key);
    }
    assertThrows(
        IllegalArgumentException.class, () -> FigureDefinitions.of(Figure.CHANNEL, "FAX", MARCH));
    assertThrows(
        IllegalArgumentException.class, () -> FigureDefinitions.of(Figure.LEAD_UNIT, "x", MARCH));
  }

  @Test
  void aDistrictAUnitOrABatchNarrowsEveryFigureAlike() {
    FigureScope district = new FigureScope(MARCH.from(), MARCH.to(), 1L, null, MARCH.now());
    FigureScope unit = new FigureScope(MARCH.from(), MARCH.to(), null, 4L, MARCH.now());
    FigureScope batch = new FigureScope(MARCH.from(), MARCH.to(), null, null, MARCH.now(), 1L);
    for (Figure figure : Figure.values()) {
      for (SampleCase s : ALL) {
        boolean counted = counts(figure, s);
        String what = figure + " " + s;
        assertEquals(
            counted && s.concernedUnitId == 1L,
            holds(FigureDefinitions.of(figure, null, district), s),
            what);
        assertEquals(
            counted && Long.valueOf(4L).equals(s.leadUnitId),
            holds(FigureDefinitions.of(figure, null, unit), s),
            what);
        assertEquals(
            counted && s.batchId != null,
            holds(FigureDefinitions.of(figure, null, batch), s),
            what);
      }
    }
  }

  @Test
  void everyParameterAQueryNamesIsBoundAndNoneIsLeftOver() {
    // A parameter named but not bound fails the query at run time; one bound but not named too.
    Pattern named = Pattern.compile(":([A-Za-z]+)");
    FigureScope everything = new FigureScope(MARCH.from(), MARCH.to(), 1L, 4L, MARCH.now(), 1L);
    for (Figure figure : Figure.values()) {
      String key =
          switch (figure) {
            case CHANNEL -> "FIRM_REQUEST";
            case STATUS -> "CLOSED";
            case CATEGORY -> "01";
            default -> "4";
          };
      Condition condition = Condition.of(FigureDefinitions.of(figure, key, everything));
      Set<String> used = new TreeSet<>();
      Matcher m = named.matcher(condition.where());
      while (m.find()) {
        used.add(m.group(1));
      }
      assertEquals(used, new TreeSet<>(condition.parameters().keySet()), figure.name());
    }
  }

  @Test
  void aParameterNameWithTwoValuesIsRefused() {
    Clause clash =
        Clause.allOf(
            CaseAttribute.RECEIVED_AT.atMost(new Clause.Parameter("end", MARCH.end())),
            CaseAttribute.CLOSED_AT.atMost(new Clause.Parameter("end", MARCH.start())));
    assertThrows(IllegalStateException.class, () -> Condition.of(clash));
  }

  private static boolean counts(Figure figure, SampleCase sample) {
    return holds(FigureDefinitions.of(figure, null, MARCH), sample);
  }
}
