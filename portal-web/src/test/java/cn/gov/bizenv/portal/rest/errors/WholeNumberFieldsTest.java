package cn.gov.bizenv.portal.rest.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WholeNumberFieldsTest {
  record Item(String name, int size) {}

  record Body(Long unitId, int days, double share, List<Item> items, List<Long> ids) {}

  private static Optional<String> defect(String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return WholeNumberFields.firstDefect(value, Body.class)
        .map(d -> d.path() + (d.fractional() ? " fraction" : " range"));
  }

  @Test
  void aFractionInAWholeNumberPropertyIsNamed() {
    assertEquals(Optional.of("unitId fraction"), defect("{\"unitId\": 14.5}"));
    assertEquals(Optional.of("days fraction"), defect("{\"unitId\": 14, \"days\": 0.1}"));
  }

  @Test
  void aWholeNumberWrittenWithAFractionOrExponentIsAccepted() {
    assertEquals(Optional.empty(), defect("{\"unitId\": 14.0, \"days\": 1e2}"));
  }

  @Test
  void aNumberBeyondItsTypeIsNamedAsOutOfRange() {
    assertEquals(Optional.of("days range"), defect("{\"days\": 2147483648}"));
    assertEquals(Optional.empty(), defect("{\"days\": 2147483647}"));
    assertEquals(Optional.of("unitId range"), defect("{\"unitId\": 9223372036854775808}"));
    assertEquals(Optional.of("unitId range"), defect("{\"unitId\": 1e999999999}"));
    assertEquals(Optional.of("unitId fraction"), defect("{\"unitId\": 1e-999999999}"));
  }

  @Test
  void fractionsAreFineWhereTheTypeTakesThem() {
    assertEquals(Optional.empty(), defect("{\"share\": 0.25}"));
  }

  @Test
  void nestedRecordsAndListsAreNamedByTheirPath() {
    assertEquals(
        Optional.of("items[1].size fraction"),
        defect("{\"items\": [{\"name\": \"a\", \"size\": 1}, {\"name\": \"b\", \"size\": 2.5}]}"));
    assertEquals(Optional.of("ids[0] fraction"), defect("{\"ids\": [1.5]}"));
  }

  @Test
  void nullsStringsAndUnknownPropertiesAreLeftToBinding() {
    assertEquals(
        Optional.empty(),
        defect("{\"unitId\": null, \"days\": \"x\", \"other\": 1.5, \"ids\": 3}"));
  }
}
