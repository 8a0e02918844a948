package cn.gov.bizenv.casetracking.domain.model.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classifier on a small synthetic set written here: three topics with their own words. */
class TextClassifierTest {
  static final long LAMPS = 10;
  static final long SCHOOLS = 20;
  static final long WAGES = 30;

  static List<LabelledText> examples() {
    String[][] lamps = {
      {"路灯不亮", "小区门口的路灯坏了一个月"},
      {"路灯损坏", "人民路的路灯晚上不亮，行人摔倒"},
      {"照明故障", "街道照明路灯线路老化"},
      {"路灯杆倾斜", "路灯杆被车撞歪了"},
      {"夜间无照明", "新修道路没有安装路灯"},
      {"路灯时亮时不亮", "路灯闪烁，请维修"},
    };
    String[][] schools = {
      {"学校乱收费", "学校要求学生购买教辅资料"},
      {"学位不足", "孩子上小学没有学位"},
      {"校车安全", "学校校车超载接送学生"},
      {"补课收费", "老师在校外有偿补课"},
      {"幼儿园收费", "幼儿园学费上涨太快"},
      {"学生午餐", "学校食堂饭菜质量差，学生吃不饱"},
    };
    String[][] wages = {
      {"拖欠工资", "工地老板拖欠农民工工资半年"},
      {"工资未发", "公司三个月没发工资"},
      {"社保未缴", "单位不给员工缴纳社保"},
      {"讨薪", "包工头跑路，工人工资无人支付"},
      {"加班费", "工厂加班不给加班工资"},
      {"劳动合同", "公司不签劳动合同，辞退不给补偿工资"},
    };
    List<LabelledText> all = new ArrayList<>();
    for (String[] m : lamps) all.add(new LabelledText(m[0], m[1], LAMPS));
    for (String[] m : schools) all.add(new LabelledText(m[0], m[1], SCHOOLS));
    for (String[] m : wages) all.add(new LabelledText(m[0], m[1], WAGES));
    return all;
  }

  @Test
  void ranksTheTopicWhoseWordsTheMessageUsesFirst() {
    TextClassifier classifier = TextClassifier.train(examples(), TextClassifier.Settings.DEFAULT);
    assertEquals(LAMPS, classifier.rank("路灯又坏了", "我家楼下路灯不亮").get(0).label());
    assertEquals(SCHOOLS, classifier.rank("学校收费", "学校向学生收取资料费").get(0).label());
    assertEquals(WAGES, classifier.rank(null, "老板拖欠我们的工资").get(0).label());
  }

  @Test
  void scoresAreProbabilitiesOverEveryLabel() {
    TextClassifier classifier = TextClassifier.train(examples(), TextClassifier.Settings.DEFAULT);
    List<ScoredLabel> ranked = classifier.rank("路灯", "路灯坏了");
    assertEquals(3, ranked.size());
    assertEquals(1.0, ranked.stream().mapToDouble(ScoredLabel::score).sum(), 1e-6);
    assertTrue(ranked.get(0).score() >= ranked.get(1).score());
    assertTrue(ranked.get(0).score() > 0.5, "a clear message is ranked with confidence");
  }

  @Test
  void theEvidenceIsTwoCharacterWordsOfTheMessage() {
    TextClassifier classifier = TextClassifier.train(examples(), TextClassifier.Settings.DEFAULT);
    List<String> evidence = classifier.evidence("拖欠工资", "包工头拖欠工资", WAGES, 3);
    assertTrue(evidence.contains("工资") || evidence.contains("拖欠"), evidence.toString());
    evidence.forEach(word -> assertTrue("拖欠工资包工头".contains(word), word));
    assertEquals(List.of(), classifier.evidence("拖欠工资", "", 99, 3));
  }

  @Test
  void aSingleLabelIsCertainAndItsEvidenceIsTheWordsSharedWithItsMessages() {
    List<LabelledText> lamps = examples().stream().filter(m -> m.label() == LAMPS).toList();
    TextClassifier classifier = TextClassifier.train(lamps, TextClassifier.Settings.DEFAULT);
    assertEquals(1.0, classifier.rank("路灯", "路灯坏了").get(0).score(), 1e-9);
    List<String> evidence = classifier.evidence("路灯坏了", "楼下路灯不亮", LAMPS, 3);
    assertTrue(evidence.contains("路灯"), evidence.toString());
  }

  @Test
  void aStoredClassifierRanksAsTheOneItWasWrittenFrom() throws Exception {
    TextClassifier trained = TextClassifier.train(examples(), TextClassifier.Settings.DEFAULT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.writeTo(new DataOutputStream(bytes));
    TextClassifier read =
        TextClassifier.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    List<ScoredLabel> before = trained.rank("学位", "孩子没有学位");
    List<ScoredLabel> after = read.rank("学位", "孩子没有学位");
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i).label(), after.get(i).label());
      assertEquals(before.get(i).score(), after.get(i).score(), 1e-4);
    }
    assertEquals(6, read.examplesOf(SCHOOLS));
  }

  @Test
  void featuresAreCharactersAndNeighbouringPairsWithTheTitleWeighted() {
    Map<String, Float> features = TextFeatures.of("路灯", "路灯，坏了2次");
    assertTrue(features.containsKey("路灯") && features.containsKey("坏了"));
    assertTrue(!features.containsKey("灯坏"), "punctuation separates runs");
    assertTrue(features.containsKey("了0"), "digits fold to 0");
    assertEquals(1f + TextFeatures.TITLE_WEIGHT, features.get("路灯"), 1e-6);
    assertEquals(1f, features.get("坏了"), 1e-6);
  }

  @Test
  void crossValidationKeepsEveryLabelInEveryFold() {
    List<LabelledText> all = examples();
    int[] folds = CrossValidation.folds(all, 3, 1L);
    for (int f = 0; f < 3; f++) {
      for (long label : List.of(LAMPS, SCHOOLS, WAGES)) {
        int fold = f;
        long inFold =
            java.util.stream.IntStream.range(0, all.size())
                .filter(i -> folds[i] == fold && all.get(i).label() == label)
                .count();
        assertEquals(2, inFold, "label " + label + " in fold " + f);
      }
    }
    CrossValidation.Result result =
        CrossValidation.run(
            all, 3, 1L, set -> TextClassifier.train(set, TextClassifier.Settings.DEFAULT));
    assertEquals(18, result.examples());
    assertTrue(result.top1() >= 0.6, "top-1 " + result.top1());
    assertEquals(1.0, result.top3(), 1e-9, "three labels: each is in the top three");
    int total = 0;
    for (int[] row : result.confusion()) for (int v : row) total += v;
    assertEquals(18, total);
  }
}
