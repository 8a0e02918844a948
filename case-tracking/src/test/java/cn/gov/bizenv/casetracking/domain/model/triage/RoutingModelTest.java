package cn.gov.bizenv.casetracking.domain.model.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.triage.UnitRouting.Basis;
import cn.gov.bizenv.casetracking.domain.model.triage.UnitRouting.RoutedUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model of all three levels and the unit routing on a synthetic history written here. */
class RoutingModelTest {
  static final long CITY = 1;
  static final long LAMPS = 11;
  static final long LAMP_REPAIR = 111;
  static final long EDUCATION = 2;
  static final long SCHOOLS = 21;
  static final long URBAN_MANAGEMENT = 500;
  static final long EDUCATION_BUREAU = 600;
  static final long DISTRICT = 700;

  static List<RoutingModel.Message> history() {
    List<RoutingModel.Message> messages = new ArrayList<>();
    for (LabelledText m : TextClassifierTest.examples()) {
      if (m.label() == TextClassifierTest.LAMPS) {
        messages.add(
            new RoutingModel.Message(
                m.title(), m.content(), List.of(CITY, LAMPS, LAMP_REPAIR), URBAN_MANAGEMENT));
      } else if (m.label() == TextClassifierTest.SCHOOLS) {
        // Only the first two levels known, and two of six went to the district.
        long unit = messages.size() % 3 == 0 ? DISTRICT : EDUCATION_BUREAU;
        messages.add(
            new RoutingModel.Message(m.title(), m.content(), List.of(EDUCATION, SCHOOLS), unit));
      }
    }
    return messages;
  }

  @Test
  void eachLevelLearnsFromTheMessagesLabelledThatDeep() {
    RoutingModel model = RoutingModel.train(history(), TextClassifier.Settings.DEFAULT);
    assertEquals(CITY, model.level(1).orElseThrow().rank("路灯坏了", "路灯不亮").get(0).label());
    assertEquals(
        List.of(LAMPS, SCHOOLS),
        java.util.Arrays.stream(model.level(2).orElseThrow().labels()).boxed().toList());
    assertEquals(
        1, model.level(3).orElseThrow().labels().length, "only the lamps were labelled at level 3");
    assertEquals(Map.of(URBAN_MANAGEMENT, 6), model.unitsOf(LAMPS));
    assertEquals(6, model.unitsOf(EDUCATION).values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void aStoredModelSuggestsAsTheTrainedOne() {
    RoutingModel model = RoutingModel.train(history(), TextClassifier.Settings.DEFAULT);
    RoutingModel read = RoutingModel.fromBytes(model.toBytes());
    assertEquals(
        model.level(2).orElseThrow().rank("学位", "没有学位").get(0),
        read.level(2).orElseThrow().rank("学位", "没有学位").get(0));
    assertEquals(model.unitsOf(SCHOOLS), read.unitsOf(SCHOOLS));
    assertTrue(RoutingModel.fromBytes(RoutingModel.EMPTY.toBytes()).level(1).isEmpty());
  }

  @Test
  void historyRoutesToWhereTheCategorysMessagesWentWithCheckableCounts() {
    RoutingModel model = RoutingModel.train(history(), TextClassifier.Settings.DEFAULT);
    List<RoutedUnit> units =
        UnitRouting.route(
            model, List.of(new ScoredLabel(SCHOOLS, 1.0)), c -> Optional.empty(), null, 3);
    assertEquals(EDUCATION_BUREAU, units.get(0).unitId());
    assertEquals(Basis.HISTORY, units.get(0).basis());
    assertEquals(6, units.get(0).similar());
    assertEquals(4, units.get(0).toUnit());
    assertEquals(1.0, units.stream().mapToDouble(RoutedUnit::score).sum(), 1e-9);
  }

  @Test
  void theDefaultUnitDecidesWhileHistoryIsThinAndTheConcernedUnitIsTheLastResort() {
    RoutingModel empty = RoutingModel.EMPTY;
    List<RoutedUnit> byDefault =
        UnitRouting.route(
            empty,
            List.of(new ScoredLabel(SCHOOLS, 0.9)),
            c -> Optional.of(EDUCATION_BUREAU),
            DISTRICT,
            3);
    assertEquals(EDUCATION_BUREAU, byDefault.get(0).unitId());
    assertEquals(Basis.DEFAULT_UNIT, byDefault.get(0).basis());
    assertEquals(DISTRICT, byDefault.get(1).unitId());
    assertEquals(Basis.CONCERNED_UNIT, byDefault.get(1).basis());

    List<RoutedUnit> nothing =
        UnitRouting.route(empty, List.of(), c -> Optional.empty(), DISTRICT, 3);
    assertEquals(List.of(new RoutedUnit(DISTRICT, 1.0, Basis.CONCERNED_UNIT, null, 0, 0)), nothing);
    assertEquals(List.of(), UnitRouting.route(empty, List.of(), c -> Optional.empty(), null, 3));
  }

  @Test
  void aDefaultYieldsOnceHistorySaysOtherwise() {
    RoutingModel model = RoutingModel.train(history(), TextClassifier.Settings.DEFAULT);
    // Six lamp messages went to urban management; a default elsewhere weighs as three.
    List<RoutedUnit> units =
        UnitRouting.route(
            model, List.of(new ScoredLabel(LAMP_REPAIR, 1.0)), c -> Optional.of(DISTRICT), null, 3);
    assertEquals(URBAN_MANAGEMENT, units.get(0).unitId());
    assertEquals(DISTRICT, units.get(1).unitId());
    assertEquals(Basis.DEFAULT_UNIT, units.get(1).basis());
  }
}
