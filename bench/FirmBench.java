import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chief service at the scale of a city: 100k key firms and ~750 chief service officers. Two parts,
 * run by bench/firms.sh, which starts the portal and a throw-away PostgreSQL:
 *
 * <pre>
 * java bench/FirmBench.java generate DIR FIRMS OFFICERS   writes officers.csv, firms.csv, firm_tags.csv
 * java bench/FirmBench.java measure BASE_URL              policies through the API, then the timings
 * </pre>
 *
 * The data is bulk-loaded by SQL (COPY) because loading is not what is measured; every measured
 * call goes through the portal's REST API, as the pages' beans call the same services.
 */
public class FirmBench {
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** The demo's nine counties and districts with their administrative division codes. */
  static final String[][] DISTRICTS = {
    {"华龙区", "410902", "16"}, {"清丰县", "410922", "10"}, {"南乐县", "410923", "9"},
    {"范县", "410926", "8"}, {"台前县", "410927", "6"}, {"濮阳县", "410928", "13"},
    {"开发区", "410971", "16"}, {"工业园区", "410972", "14"}, {"示范区", "410973", "8"}
  };

  /** GB/T 4754 sections with a share (per mille) like a prefecture-level city's key firms. */
  static final String[][] INDUSTRIES = {
    {"C", "340", "化工|新材料|机械|装备制造|食品|纺织|电子|汽车零部件|家具|建材"},
    {"F", "150", "商贸|供应链|医药销售|农资|建材销售"},
    {"E", "80", "建设|建筑工程|路桥|装饰工程"},
    {"I", "70", "信息技术|软件|网络科技|数据服务"},
    {"M", "55", "检测|工程设计|技术研究|环境科技"},
    {"G", "50", "物流|运输|仓储"},
    {"K", "40", "置业|房地产开发"},
    {"A", "45", "农业|种植|养殖|农业开发"},
    {"D", "30", "能源|热力|燃气|新能源"},
    {"H", "30", "酒店|餐饮管理"},
    {"L", "35", "商务服务|人力资源|咨询"},
    {"Q", "20", "医院|康养"},
    {"P", "15", "教育科技|职业培训"},
    {"R", "15", "文化传媒|体育"},
    {"B", "10", "矿业"},
    {"J", "10", "小额贷款|融资担保"},
    {"N", "15", "环保|水务"},
    {"O", "20", "家政服务|汽车服务"}
  };

  static final String[][] SIZES = {
    {"LARGE", "40"}, {"MEDIUM", "160"}, {"SMALL", "420"}, {"MICRO", "380"}
  };

  /** Tags with the share (per mille) of firms carrying them. */
  static final String[][] TAGS = {
    {"专精特新", "60"},
    {"高新技术企业", "120"},
    {"规上工业", "180"},
    {"科技型中小企业", "150"},
    {"外资企业", "20"},
    {"上市后备", "15"},
    {"小巨人", "8"},
    {"重点项目", "40"},
    {"返乡创业", "50"}
  };

  static final String BRANDS =
      "华隆 中原 龙都 濮发 恒信 瑞丰 金诺 宏达 永盛 鑫源 豫北 濮源 昌盛 新奥 天润 海诚 嘉禾 中科 博远 卓越 "
          + "振华 明泰 泰和 盛世 富民 兴业 联创 安泰 汇通 德润 东方 万隆 九州 鼎盛 宏图 华瑞 润泽 龙丰 金桥 长青";
  static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
  static final String GIVEN = "伟芳娜敏静磊强军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰鹏飞宇浩凯帆晨欣悦";

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" ->
          generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "measure" -> measure(URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/"));
      default -> throw new IllegalArgumentException("generate or measure");
    }
  }

  // --- generate ---------------------------------------------------------------------------------

  static void generate(Path dir, int firms, int officers) throws IOException {
    Random random = new Random(20261129);
    Files.createDirectories(dir);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String[] officerNames = new String[officers];
    String[] officerDistricts = new String[officers];
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("officers.csv"))) {
      for (int i = 0; i < officers; i++) {
        officerNames[i] = String.format("bench%04d", i + 1);
        officerDistricts[i] = weighted(DISTRICTS, 2, random)[0];
        out.write(officerNames[i] + "," + personName(random) + "," + officerDistricts[i] + "\n");
      }
    }
    Set<String> names = new LinkedHashSet<>();
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("firms.csv"));
        BufferedWriter tags = Files.newBufferedWriter(dir.resolve("firm_tags.csv"))) {
      for (int i = 0; i < firms; i++) {
        String[] district = weighted(DISTRICTS, 2, random);
        String[] industry = weighted(INDUSTRIES, 1, random);
        String size = weighted(SIZES, 1, random)[0];
        String name = firmName(district[0], industry[2], random, names);
        // Officers serve firms of their own district where they can; 4 % of firms have none yet.
        String officer = "";
        if (random.nextInt(100) >= 4) {
          int pick = random.nextInt(officers);
          for (int tries = 0; tries < 20 && !officerDistricts[pick].equals(district[0]); tries++) {
            pick = random.nextInt(officers);
          }
          officer = officerNames[pick];
        }
        int interval = new int[] {30, 30, 30, 30, 15, 60, 90}[random.nextInt(7)];
        // Every firm was visited within its cadence: none is overdue, so the hourly reminder sweep
        // has nothing to raise while the figures are measured.
        LocalDate lastVisit =
            officer.isEmpty() ? null : today.minusDays(random.nextInt(interval - 1));
        LocalDate nextDue = (lastVisit == null ? today : lastVisit).plusDays(interval);
        boolean keyProject = random.nextInt(100) < 12;
        out.write(
            String.join(
                    ",",
                    Integer.toString(i + 1),
                    name,
                    creditCode(district[1], i + 1, random),
                    industry[0],
                    size,
                    district[0],
                    district[0] + address(random),
                    personName(random),
                    "139" + String.format("%08d", random.nextInt(100_000_000)),
                    Boolean.toString(keyProject),
                    Integer.toString(interval),
                    officer,
                    lastVisit == null ? "" : lastVisit.toString(),
                    nextDue.toString())
                + "\n");
        for (String[] tag : TAGS) {
          if (random.nextInt(1000) < Integer.parseInt(tag[1])) {
            tags.write((i + 1) + "," + tag[0] + "\n");
          }
        }
      }
    }
    System.out.printf("generated %d firms and %d officers in %s%n", firms, officers, dir);
  }

  /** Picks a row by the weight in column {@code column}. */
  static String[] weighted(String[][] rows, int column, Random random) {
    int total = Arrays.stream(rows).mapToInt(row -> Integer.parseInt(row[column])).sum();
    int pick = random.nextInt(total);
    for (String[] row : rows) {
      pick -= Integer.parseInt(row[column]);
      if (pick < 0) {
        return row;
      }
    }
    return rows[rows.length - 1];
  }

  static String firmName(String district, String trades, Random random, Set<String> taken) {
    String[] brands = BRANDS.split(" ");
    String[] kinds = trades.split("\\|");
    String place = "濮阳" + (random.nextBoolean() ? "" : district);
    String[] forms = {"有限公司", "有限责任公司", "股份有限公司", "集团有限公司"};
    for (int attempt = 0; ; attempt++) {
      String brand =
          brands[random.nextInt(brands.length)]
              + (attempt < 3 ? "" : brands[random.nextInt(brands.length)]);
      String name =
          place + brand + kinds[random.nextInt(kinds.length)] + forms[random.nextInt(forms.length)];
      if (taken.add(name)) {
        return name;
      }
    }
  }

  static String personName(Random random) {
    StringBuilder name =
        new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  static String address(Random random) {
    String[] roads = {"中原路", "京开大道", "胜利路", "黄河路", "长庆路", "开州路", "绿城路", "濮上路", "建设路", "人民路"};
    return roads[random.nextInt(roads.length)] + (1 + random.nextInt(300)) + "号";
  }

  /**
   * A valid code (GB 32100-2015): 9 (market regulation) 1 (enterprise), the district's division
   * code, an organisation code that is unique per firm ("MA" and the firm's number in base 31, the
   * style of codes issued since 2015), and the check character.
   */
  static String creditCode(String division, int serial, Random random) {
    StringBuilder organisation = new StringBuilder();
    for (int n = serial, i = 0; i < 6; i++, n /= 31) {
      organisation.insert(0, ALPHABET.charAt(n % 31));
    }
    String first17 = "91" + division + "MA" + organisation + ALPHABET.charAt(random.nextInt(31));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return first17 + ALPHABET.charAt(check);
  }

  // --- measure ----------------------------------------------------------------------------------

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(4))
          .build();
  static final int WARM_UP = 50;
  static final int REPEATS = 300;

  static void measure(URI base) throws Exception {
    String admin = basic("admin");
    String officer = basic("bench0001");
    String leader = basic("leader");
    long fanXian = unitId(base, admin, "范县");
    long huaLong = unitId(base, admin, "华龙区");
    long kaiFaQu = unitId(base, admin, "开发区");
    String effective = LocalDate.now().minusDays(1).toString();
    long broad =
        policy(
            base,
            admin,
            "{\"title\":\"制造业企业技术改造奖补\",\"issuer\":\"濮阳市工业和信息化局\",\"effectiveOn\":\""
                + effective
                + "\",\"applicationFree\":false,\"industries\":[\"C\"]}");
    long targeted =
        policy(
            base,
            admin,
            "{\"title\":\"科技型小微企业研发费用后补助\",\"issuer\":\"濮阳市科学技术局\",\"effectiveOn\":\""
                + effective
                + "\",\"applicationFree\":false,\"industries\":[\"I\",\"M\"],\"sizes\":[\"SMALL\",\"MICRO\"],"
                + "\"districts\":["
                + huaLong
                + ","
                + kaiFaQu
                + "]}");
    long tagged =
        policy(
            base,
            admin,
            "{\"title\":\"专精特新重点项目贷款贴息\",\"issuer\":\"濮阳市财政局\",\"effectiveOn\":\""
                + effective
                + "\",\"applicationFree\":true,\"tags\":[\"专精特新\",\"小巨人\"],\"keyProjectsOnly\":true}");
    long everyone =
        policy(
            base,
            admin,
            "{\"title\":\"全市企业减税降费政策汇编\",\"issuer\":\"濮阳市人民政府办公室\",\"effectiveOn\":\""
                + effective
                + "\",\"applicationFree\":true}");
    long officerId = officerId(base, admin, "bench0001");

    long firms = total(base, admin, "api/firms?limit=1");
    System.out.printf(
        "firms: %d; officer bench0001 serves %d; district 范县 (id %d) has %d%n%n",
        firms,
        total(base, officer, "api/firms?limit=1"),
        fanXian,
        total(base, admin, "api/firms?limit=1&districtId=" + fanXian));
    List<String[]> rows = new ArrayList<>();
    rows.add(
        query(
            base,
            admin,
            "match: every firm (no criteria)",
            "api/policies/" + everyone + "/matches?limit=20"));
    rows.add(
        query(base, admin, "match: industry C", "api/policies/" + broad + "/matches?limit=20"));
    rows.add(
        query(
            base,
            admin,
            "match: I,M × small/micro × 2 districts",
            "api/policies/" + targeted + "/matches?limit=20"));
    rows.add(
        query(
            base,
            admin,
            "match: tags × key projects",
            "api/policies/" + tagged + "/matches?limit=20"));
    rows.add(
        query(
            base,
            admin,
            "match: industry C, page 51 (offset 1000)",
            "api/policies/" + broad + "/matches?limit=20&offset=1000"));
    rows.add(query(base, officer, "officer: my firms (first page)", "api/firms?limit=20"));
    rows.add(
        query(base, officer, "officer: my firms, overdue only", "api/firms?limit=20&overdue=true"));
    rows.add(
        query(
            base,
            leader,
            "leader: one officer's firms",
            "api/firms?limit=20&officerId=" + officerId));
    rows.add(
        query(
            base,
            officer,
            "officer: a policy's matches among mine",
            "api/policies/" + broad + "/matches?limit=20"));
    System.out.printf(
        "%-42s %10s %10s %10s %10s%n",
        "measure (" + REPEATS + " calls after " + WARM_UP + " warm-up)",
        "total",
        "p50 ms",
        "p95 ms",
        "p99 ms");
    for (String[] row : rows) {
      System.out.printf("%-42s %10s %10s %10s %10s%n", (Object[]) row);
    }
    System.exit(0);
  }

  static String[] query(URI base, String auth, String label, String path) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      get(base, auth, path);
    }
    long[] nanos = new long[REPEATS];
    String body = null;
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = get(base, auth, path);
      nanos[i] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
      body = response.body();
    }
    Arrays.sort(nanos);
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
    return new String[] {
      label, total.find() ? total.group(1) : "?", ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99)
    };
  }

  static String ms(long[] sorted, double share) {
    int index = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * share) - 1);
    return String.format("%.1f", sorted[index] / 1e6);
  }

  static long policy(URI base, String auth, String json) throws Exception {
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("api/policies"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "policy not created: " + created.statusCode() + " " + created.body());
    }
    return firstId(created.body());
  }

  static long unitId(URI base, String auth, String name) throws Exception {
    Matcher unit =
        Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\"name\":\"" + Pattern.quote(name) + "\"")
            .matcher(get(base, auth, "api/units/active").body());
    if (!unit.find()) {
      throw new IllegalStateException("unit missing: " + name);
    }
    return Long.parseLong(unit.group(1));
  }

  static long officerId(URI base, String auth, String username) throws Exception {
    Matcher officer =
        Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\"username\":\"" + username + "\"")
            .matcher(get(base, auth, "api/assignments/officers").body());
    if (!officer.find()) {
      throw new IllegalStateException("officer missing: " + username);
    }
    return Long.parseLong(officer.group(1));
  }

  static long firstId(String body) {
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
    if (!id.find()) {
      throw new IllegalStateException("no id in " + body);
    }
    return Long.parseLong(id.group(1));
  }

  static long total(URI base, String auth, String path) throws Exception {
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(get(base, auth, path).body());
    return total.find() ? Long.parseLong(total.group(1)) : -1;
  }

  static HttpResponse<String> get(URI base, String auth, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", auth)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String username) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8));
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
