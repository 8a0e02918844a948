package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default category tree the migration ships: the public three-level classification (15
 * top-level categories, 517 leaves) and the portal's own 营商环境 branch, with consistent codes.
 */
class CategoryMigrationTest {
  static DataSource dataSource;

  @BeforeAll
  static void migrate() {
    dataSource = EmbeddedSchema.migrated("categories");
  }

  @Test
  void theTreeHasThreeLevelsAndSixteenTopLevelCategories() throws SQLException {
    assertEquals(
        List.of("1:16", "2:128", "3:567"),
        strings("SELECT level || ':' || COUNT(*) FROM category GROUP BY level ORDER BY level"));
    assertEquals(List.of("711"), strings("SELECT COUNT(*) FROM category WHERE active"));
    assertEquals(
        List.of(
            "城乡建设", "党务政务", "国土资源", "环境保护", "纪检监察", "交通运输", "经济管理", "科技与信息产业", "民政", "农村农业", "商贸旅游",
            "卫生计生", "政法", "教育文体", "劳动和社会保障", "营商环境"),
        strings("SELECT name FROM category WHERE parent_id IS NULL ORDER BY sort_order"));
  }

  @Test
  void codesAreUniqueAndArePathsOfTheirParents() throws SQLException {
    assertEquals(List.of("0"), strings("SELECT COUNT(*) - COUNT(DISTINCT code) FROM category"));
    assertEquals(
        List.of(),
        strings(
            "SELECT c.code FROM category c LEFT JOIN category p ON p.id = c.parent_id"
                + " WHERE (c.level = 1 AND (c.parent_id IS NOT NULL OR LENGTH(c.code) <> 2))"
                + " OR (c.level > 1 AND (p.level <> c.level - 1 OR c.code NOT LIKE p.code || '.%'))"
                + " OR LENGTH(c.code) <> CASE c.level WHEN 1 THEN 2 WHEN 2 THEN 5 ELSE 9 END"));
    assertEquals(
        List.of(),
        strings(
            "SELECT parent_id || name FROM category GROUP BY parent_id, name HAVING COUNT(*) > 1"));
    assertEquals(
        List.of(),
        strings(
            "SELECT name FROM category WHERE level < 3 AND id NOT IN (SELECT parent_id FROM"
                + " category WHERE parent_id IS NOT NULL)"));
  }

  @Test
  void knownPathsArePresentWithStableCodes() throws SQLException {
    assertEquals(List.of("01.01.003"), codeOf("城乡建设", "安全生产", "安全隐患"));
    assertEquals(List.of("02.01.001"), codeOf("党务政务", "党的建设", "制度建设"));
    assertEquals(List.of("11.04.002"), codeOf("商贸旅游", "市场监管", "不正当竞争"));
    assertEquals(1, codeOf("劳动和社会保障", "城镇职工社会保险", "职工养老保险").size());
    assertEquals(1, codeOf("教育文体", "教育收费", "乱收费").size());
    assertEquals(List.of("16.08.004"), codeOf("营商环境", "拖欠企业账款", "拖欠工程款"));
  }

  @Test
  void theBusinessEnvironmentBranchCoversTheSupervisedMatters() throws SQLException {
    assertEquals(
        List.of("行政审批", "涉企收费", "政策兑现", "执法检查", "市场准入", "要素保障", "融资服务", "拖欠企业账款", "政务服务", "法治环境"),
        strings(
            "SELECT c.name FROM category c JOIN category p ON p.id = c.parent_id WHERE p.code ="
                + " '16' ORDER BY c.sort_order"));
    assertTrue(
        strings("SELECT COUNT(*) FROM category WHERE code LIKE '16.%.%'").get(0).compareTo("40")
            >= 0);
  }

  @Test
  void newIdsStartAboveTheShippedOnes() throws SQLException {
    long next = Long.parseLong(strings("SELECT NEXT VALUE FOR category_seq").get(0));
    long highest = Long.parseLong(strings("SELECT MAX(id) FROM category").get(0));
    // EclipseLink uses the block of 50 ending at the value it draws.
    assertTrue(next - 49 > highest, next + " vs " + highest);
  }

  private static List<String> codeOf(String level1, String level2, String level3)
      throws SQLException {
    return strings(
        "SELECT c.code FROM category c JOIN category b ON b.id = c.parent_id JOIN category t ON"
            + " t.id = b.parent_id WHERE t.name = '"
            + level1
            + "' AND b.name = '"
            + level2
            + "' AND c.name = '"
            + level3
            + "'");
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }
}
