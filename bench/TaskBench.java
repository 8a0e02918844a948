import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The task ledger's figures through the REST API of a running portal, beside the same queries in
 * SQL over JDBC: the first page (20 rows, default order) and a filtered count (overdue tasks of one
 * special group, its members included), p50/p99 after a warm-up; the Excel export of the whole
 * ledger; the import of an action plan of IMPORT tasks (preview, then commit). Run by
 * bench/tasks.sh.
 *
 * <p>java -cp postgresql.jar bench/TaskBench.java BASE_URL JDBC_URL IMPORT
 */
public class TaskBench {
  static final String AUTH =
      "Basic "
          + Base64.getEncoder().encodeToString("triage:Demo@2026".getBytes(StandardCharsets.UTF_8));
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final int REPEATS = Integer.getInteger("bench.repeats", 100);

  interface Call {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int importSize = Integer.parseInt(args[2]);
    try (Connection db = DriverManager.getConnection(args[1], "portal", "portal")) {
      long group = unitId(db, "政务服务专项小组");
      String firstPage = "api/tasks?limit=20";
      String count = "api/tasks/count?status=OVERDUE&groupId=" + group;
      System.out.printf("%-46s %18s %18s%n", "query", "API p50 / p99 ms", "SQL p50 / p99 ms");
      report(
          "ledger first page (20 rows)",
          time(() -> get(base + firstPage)),
          time(
              () ->
                  sql(
                      db,
                      "SELECT t.*, u.name FROM task t JOIN unit u ON u.id = t.lead_unit_id"
                          + " ORDER BY t.deadline, t.id LIMIT 20",
                      null)));
      report(
          "count: overdue tasks of a special group",
          time(() -> get(base + count)),
          time(
              () ->
                  sql(
                      db,
                      "SELECT count(*) FROM task t WHERE t.status = 'OVERDUE' AND (t.lead_unit_id ="
                          + " ? OR t.lead_unit_id IN (SELECT member_unit_id FROM"
                          + " special_group_member WHERE group_id = ?))",
                      group)));
      System.out.println("API count answer: " + get(base + count));

      long start = System.nanoTime();
      byte[] workbook = getBytes(base + "api/tasks/ledger.xlsx");
      System.out.printf(
          "Excel export of the whole ledger: %.2f s, %,d bytes%n",
          (System.nanoTime() - start) / 1e9, workbook.length);

      byte[] plan = plan(importSize);
      start = System.nanoTime();
      HttpResponse<String> preview = post(base + "api/tasks/plan/preview", plan);
      double previewSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      HttpResponse<String> imported = post(base + "api/tasks/plan", plan);
      double importSeconds = (System.nanoTime() - start) / 1e9;
      if (imported.statusCode() != 201) {
        throw new IllegalStateException("import refused: " + imported.body());
      }
      System.out.printf(
          "import of a %,d-task action plan: preview %.2f s (%d), commit %.2f s (%d)%n",
          importSize, previewSeconds, preview.statusCode(), importSeconds, imported.statusCode());
    }
  }

  static long unitId(Connection db, String name) throws Exception {
    try (PreparedStatement s = db.prepareStatement("SELECT id FROM unit WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static void sql(Connection db, String query, Long group) throws Exception {
    try (PreparedStatement s = db.prepareStatement(query)) {
      if (group != null) {
        s.setLong(1, group);
        s.setLong(2, group);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          // read every row, as the portal does
        }
      }
    }
  }

  static double[] time(Call call) throws Exception {
    for (int i = 0; i < Math.max(20, REPEATS / 2); i++) {
      call.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      call.run();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(ms);
    return new double[] {
      ms.get(ms.size() / 2), ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.99) - 1))
    };
  }

  static void report(String what, double[] api, double[] sql) {
    System.out.printf(
        "%-46s %8.1f / %-8.1f %8.2f / %-8.2f%n", what, api[0], api[1], sql[0], sql[1]);
  }

  static String get(String url) throws Exception {
    HttpResponse<String> reply =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + reply.statusCode() + " " + reply.body());
    }
    return reply.body();
  }

  static byte[] getBytes(String url) throws Exception {
    HttpResponse<byte[]> reply =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + reply.statusCode());
    }
    return reply.body();
  }

  static HttpResponse<String> post(String url, byte[] body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", AUTH)
            .header(
                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .timeout(Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An action plan workbook of {@code size} tasks, written as a minimal .xlsx (inline strings). */
  static byte[] plan(int size) throws IOException {
    String[] leads = {"政务服务专项小组", "市场准入专项小组", "市市场监督管理局", "华龙区", "市税务局"};
    LocalDate deadline = LocalDate.now().plusMonths(9);
    StringBuilder rows = new StringBuilder();
    rows.append(row(1, "任务编号", "任务内容", "目标", "牵头单位", "责任人", "配合单位", "完成时限", "报送频次", "节点"));
    for (int i = 1; i <= size; i++) {
      rows.append(
          row(
              i + 1,
              "B" + System.nanoTime() % 100000 + "-" + i,
              "三年行动方案任务第" + i + "项：压缩企业开办时间",
              "1个工作日内办结",
              leads[i % leads.length],
              "责任人" + i,
              "市发展和改革委员会、市公安局",
              deadline.toString(),
              "月报",
              deadline.minusMonths(6) + " 制定方案；" + deadline.minusMonths(3) + " 全面推开"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
              + " PartName=\"/xl/worksheets/sheet1.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
              + " name=\"plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              + rows
              + "</sheetData></worksheet>");
    }
    return out.toByteArray();
  }

  static String row(int number, String... cells) {
    StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
    for (int c = 0; c < cells.length; c++) {
      row.append("<c r=\"")
          .append((char) ('A' + c))
          .append(number)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells[c].replace("&", "&amp;").replace("<", "&lt;"))
          .append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
