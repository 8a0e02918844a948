package cn.gov.bizenv.casetracking.application.directory.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.CategoryImport;
import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.CategoryTree;
import cn.gov.bizenv.casetracking.application.directory.CategoryView;
import cn.gov.bizenv.casetracking.application.directory.NewCategory;
import cn.gov.bizenv.casetracking.application.directory.RenameCategory;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCsv;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryImportPlan;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRules;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Administrators shape the category tree; everyone signed in reads it. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class CategoryTreeService implements CategoryTree {
  @Inject CategoryRepository categories;
  @Inject InputValidation validation;

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public List<CategoryNode> activeTree() {
    return tree(categories.allActive());
  }

  @Override
  public List<CategoryNode> fullTree() {
    return tree(categories.all());
  }

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public CategoryView get(long id) {
    return view(load(id));
  }

  @Override
  public CategoryView create(NewCategory command) {
    validation.check(command);
    Category parent = command.parentId() == null ? null : load(command.parentId());
    Category created =
        CategoryRules.newChild(
            parent, categories.children(parent), command.name(), categories.count());
    categories.add(created);
    return saved(created);
  }

  @Override
  public CategoryView rename(long id, RenameCategory command) {
    validation.check(command);
    Category category = loadForChange(id, command.version());
    CategoryRules.rename(category, categories.children(category.getParent()), command.name());
    return saved(category);
  }

  @Override
  public CategoryView deactivate(long id, long version) {
    return change(id, version, Category::deactivate);
  }

  @Override
  public CategoryView reactivate(long id, long version) {
    return change(id, version, CategoryRules::reactivate);
  }

  @Override
  public CategoryImport importCsv(byte[] content, boolean dryRun) {
    List<Category> existing = categories.all();
    CategoryImportPlan plan = CategoryImportPlan.of(existing, CategoryCsv.read(content));
    boolean commit = !dryRun && plan.isValid();
    if (commit) {
      Map<String, Category> byCode = new HashMap<>();
      existing.forEach(category -> byCode.put(category.getCode(), category));
      for (CategoryImportPlan.NewNode node : plan.newNodes()) {
        Category parent = node.parentCode() == null ? null : byCode.get(node.parentCode());
        Category created = new Category(parent, node.ordinal(), node.name());
        categories.add(created);
        byCode.put(created.getCode(), created);
      }
      categories.flush();
    }
    return new CategoryImport(
        plan.isValid(), commit, plan.newNodes().size(), (int) plan.invalidRows(), plan.rows());
  }

  private CategoryView change(long id, long version, Consumer<Category> change) {
    Category category = loadForChange(id, version);
    change.accept(category);
    return saved(category);
  }

  private CategoryView saved(Category category) {
    categories.flush();
    return view(category);
  }

  private Category loadForChange(long id, long version) {
    Category category = load(id);
    if (category.getVersion() != version) {
      throw ConflictException.staleVersion();
    }
    return category;
  }

  private Category load(long id) {
    return categories.find(id).orElseThrow(() -> new NotFoundException("category", id));
  }

  /**
   * Builds the nested tree from nodes listed parents first. Parents are found by their codes, not
   * through the entities' lazy references, so the tree costs the one query that listed the nodes; a
   * node whose parent is not listed (left out as inactive) is left out with its subtree.
   */
  public static List<CategoryNode> tree(List<Category> nodes) {
    Map<String, List<Category>> childrenOf = new HashMap<>();
    List<Category> roots = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Category node : nodes) {
      String parentCode = CategoryCode.parentOf(node.getCode());
      if (parentCode == null) {
        roots.add(node);
        listed.add(node.getCode());
      } else if (listed.contains(parentCode)) {
        childrenOf.computeIfAbsent(parentCode, key -> new ArrayList<>()).add(node);
        listed.add(node.getCode());
      }
    }
    return roots.stream().map(root -> node(root, childrenOf)).toList();
  }

  private static CategoryNode node(Category category, Map<String, List<Category>> childrenOf) {
    return new CategoryNode(
        category.getId(),
        category.getCode(),
        category.getName(),
        category.getLevel(),
        category.isActive(),
        category.getVersion(),
        childrenOf.getOrDefault(category.getCode(), List.of()).stream()
            .map(child -> node(child, childrenOf))
            .toList());
  }

  static CategoryView view(Category category) {
    return new CategoryView(
        category.getId(),
        category.getParent() == null ? null : category.getParent().getId(),
        category.getCode(),
        category.getName(),
        category.path(),
        category.getLevel(),
        category.isActive(),
        category.getVersion());
  }
}
