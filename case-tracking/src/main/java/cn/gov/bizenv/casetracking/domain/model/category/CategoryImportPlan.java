package cn.gov.bizenv.casetracking.domain.model.category;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing a category file into the current tree would do, row by row: which nodes exist
 * already (matched by name under the same parent), which are added and with which codes, and what
 * is wrong with each invalid row. The plan is the same for the preview and the commit, so that the
 * commit stores exactly what the preview showed.
 */
public final class CategoryImportPlan {
  /** A node the import adds, in an order in which parents come before their children. */
  public record NewNode(String parentCode, int ordinal, String name, String code) {}

  private static final String ROOT = "";
  private static final String[] FIELDS = {"level1", "level2", "level3"};

  private final List<ImportRow> rows = new ArrayList<>();
  private final List<NewNode> newNodes = new ArrayList<>();
  // parent code (ROOT for the top level) -> child name -> node
  private final Map<String, Map<String, Node>> children = new HashMap<>();
  private final Map<String, Integer> lastOrdinal = new HashMap<>();
  private long size;

  private record Node(String code, boolean visible) {}

  private CategoryImportPlan(Collection<Category> existing) {
    Map<String, Category> byCode = new HashMap<>();
    existing.forEach(category -> byCode.put(category.getCode(), category));
    for (Category category : existing) {
      String parentCode =
          Optional.ofNullable(CategoryCode.parentOf(category.getCode())).orElse(ROOT);
      children
          .computeIfAbsent(parentCode, key -> new HashMap<>())
          .put(
              category.getName(),
              new Node(category.getCode(), visible(category.getCode(), byCode)));
      lastOrdinal.merge(parentCode, CategoryCode.ordinalOf(category.getCode()), Math::max);
    }
    size = existing.size();
  }

  /** Plans the import of {@code records} into the tree made of {@code existing} nodes. */
  public static CategoryImportPlan of(Collection<Category> existing, List<CsvRecord> records) {
    CategoryImportPlan plan = new CategoryImportPlan(existing);
    records.stream().filter(record -> !record.isBlank()).forEach(plan::add);
    return plan;
  }

  public List<ImportRow> rows() {
    return List.copyOf(rows);
  }

  public List<NewNode> newNodes() {
    return List.copyOf(newNodes);
  }

  public long invalidRows() {
    return rows.stream().filter(row -> row.outcome() == ImportOutcome.INVALID).count();
  }

  /** Whether the file may be imported: no row has a problem. */
  public boolean isValid() {
    return invalidRows() == 0;
  }

  private void add(CsvRecord record) {
    List<String> cells = record.cells();
    String[] names = new String[FIELDS.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = i < cells.size() ? cells.get(i).strip() : "";
    }
    List<FieldViolation> problems = new ArrayList<>(syntaxProblems(record, names));
    List<NewNode> added = new ArrayList<>();
    String code = null;
    if (problems.isEmpty()) {
      code = place(names, added, problems);
    }
    if (problems.isEmpty()) {
      // Only a valid row's nodes become part of the tree the following rows see.
      added.forEach(this::remember);
      newNodes.addAll(added);
    }
    ImportOutcome outcome =
        !problems.isEmpty()
            ? ImportOutcome.INVALID
            : added.isEmpty() ? ImportOutcome.EXISTING : ImportOutcome.NEW;
    rows.add(
        new ImportRow(
            record.line(),
            names[0],
            names[1],
            names[2],
            outcome,
            problems.isEmpty() ? code : null,
            problems));
  }

  private static List<FieldViolation> syntaxProblems(CsvRecord record, String[] names) {
    List<FieldViolation> problems = new ArrayList<>();
    if (record.malformed()) {
      problems.add(violation("row", "category.import.quote", Map.of()));
    }
    boolean extraCells =
        record.cells().stream().skip(FIELDS.length).anyMatch(cell -> !cell.isBlank());
    if (extraCells) {
      problems.add(violation("row", "category.import.columns", Map.of("max", FIELDS.length)));
    }
    if (names[0].isEmpty()) {
      problems.add(violation(FIELDS[0], "category.name.required", Map.of()));
    }
    if (names[1].isEmpty() && !names[2].isEmpty()) {
      problems.add(violation(FIELDS[1], "category.import.gap", Map.of()));
    }
    for (int i = 0; i < names.length; i++) {
      if (!names[i].isEmpty()) {
        int level = i;
        CategoryName.problem(names[i])
            .ifPresent(
                key ->
                    problems.add(violation(FIELDS[level], key, Map.of("max", CategoryName.MAX))));
      }
    }
    return problems;
  }

  /** Walks the row's path, planning the missing nodes; returns the deepest node's code. */
  private String place(String[] names, List<NewNode> added, List<FieldViolation> problems) {
    String parentCode = ROOT;
    boolean parentVisible = true;
    Map<String, Integer> ordinals = new HashMap<>();
    Map<String, Node> planned = new HashMap<>();
    for (int i = 0; i < names.length && !names[i].isEmpty(); i++) {
      Node node = find(parentCode, names[i]).orElse(planned.get(parentCode + "/" + names[i]));
      if (node == null) {
        if (!parentVisible) {
          problems.add(violation(FIELDS[i - 1], "category.import.parentInactive", Map.of()));
          return null;
        }
        int level = i + 1;
        int ordinal =
            ordinals.getOrDefault(parentCode, lastOrdinal.getOrDefault(parentCode, 0)) + 1;
        if (ordinal > CategoryCode.maxOrdinal(level)) {
          problems.add(
              violation(
                  FIELDS[i],
                  "category.import.childrenFull",
                  Map.of("max", CategoryCode.maxOrdinal(level))));
          return null;
        }
        if (size + added.size() >= CategoryRules.MAX_NODES) {
          problems.add(
              violation("row", "category.import.treeFull", Map.of("max", CategoryRules.MAX_NODES)));
          return null;
        }
        ordinals.put(parentCode, ordinal);
        String code = CategoryCode.of(parentCode.equals(ROOT) ? null : parentCode, ordinal);
        added.add(
            new NewNode(parentCode.equals(ROOT) ? null : parentCode, ordinal, names[i], code));
        node = new Node(code, true);
        planned.put(parentCode + "/" + names[i], node);
      }
      parentCode = node.code();
      parentVisible = node.visible();
    }
    return parentCode;
  }

  private Optional<Node> find(String parentCode, String name) {
    return Optional.ofNullable(children.getOrDefault(parentCode, Map.of()).get(name));
  }

  private void remember(NewNode node) {
    String parentCode = node.parentCode() == null ? ROOT : node.parentCode();
    children
        .computeIfAbsent(parentCode, key -> new HashMap<>())
        .put(node.name(), new Node(node.code(), true));
    lastOrdinal.merge(parentCode, node.ordinal(), Math::max);
    size++;
  }

  private static boolean visible(String code, Map<String, Category> byCode) {
    for (String current = code; current != null; current = CategoryCode.parentOf(current)) {
      Category node = byCode.get(current);
      if (node == null || !node.isActive()) {
        return false;
      }
    }
    return true;
  }

  private static FieldViolation violation(
      String field, String key, Map<String, Object> attributes) {
    return new FieldViolation(field, key, attributes);
  }
}
