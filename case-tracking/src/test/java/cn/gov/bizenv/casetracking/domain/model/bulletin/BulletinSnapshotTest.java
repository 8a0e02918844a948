package cn.gov.bizenv.casetracking.domain.model.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored form of a bulletin's content keeps every figure and row, absent values included. */
class BulletinSnapshotTest {
  @Test
  void everyFigureAndRowSurvivesTheRoundTrip() {
    BulletinContent c =
        BulletinTest.content(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 42);
    String json = BulletinSnapshot.write(c);
    assertTrue(json.contains("华龙区"), json);
    assertEquals(c, BulletinSnapshot.read(json));
  }

  @Test
  void emptyListsAndMissingRatesStayEmptyAndMissing() {
    BulletinContent c =
        new BulletinContent(
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 7),
            BulletinTest.NOW,
            new Figures(0, 0, 0, 0, null, 0, 0, 0, null),
            List.of(),
            List.of(),
            List.of(),
            false,
            List.of(),
            null,
            List.of());
    assertEquals(c, BulletinSnapshot.read(BulletinSnapshot.write(c)));
  }

  @Test
  void aSnapshotWrittenBeforeTheTrendWasKeptReadsWithAnEmptySeries() {
    BulletinContent c =
        BulletinTest.content(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 42);
    jakarta.json.JsonObject written =
        jakarta.json.Json.createReader(new java.io.StringReader(BulletinSnapshot.write(c)))
            .readObject();
    String older =
        jakarta.json.Json.createObjectBuilder(written).remove("series").build().toString();
    BulletinContent read = BulletinSnapshot.read(older);
    assertEquals(List.of(), read.series());
    assertEquals(c.ranking(), read.ranking());
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BulletinSnapshot.read("{\"format\":99}"));
  }
}
