package cn.gov.bizenv.portal.web.categories;

import cn.gov.bizenv.casetracking.application.directory.CategoryImport;
import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.CategoryTree;
import cn.gov.bizenv.casetracking.application.directory.CategoryView;
import cn.gov.bizenv.casetracking.application.directory.NewCategory;
import cn.gov.bizenv.casetracking.application.directory.RenameCategory;
import cn.gov.bizenv.casetracking.domain.model.category.ImportOutcome;
import cn.gov.bizenv.casetracking.domain.model.category.ImportRow;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The administrator's category tree: add a child (or a top-level category), rename, deactivate and
 * reactivate, and import a CSV file after previewing what each row would do.
 */
@Named
@ViewScoped
public class ManageCategories implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CategoryTree categories;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;

  private transient TreeNode<CategoryNode> root;
  private final Set<Long> expanded = new HashSet<>();

  private Long parentId;
  private String parentName;
  private String newName;

  private Long renamingId;
  private long renamingVersion;
  private String renamedName;

  private byte[] upload;
  private transient CategoryImport preview;
  private boolean allRows;

  /**
   * The whole tree, deactivated nodes included; reread after every change, keeping what was open.
   */
  public TreeNode<CategoryNode> getRoot() {
    if (root == null) {
      root = new DefaultTreeNode<>(null, null);
      categories.fullTree().forEach(node -> add(node, root));
    }
    return root;
  }

  private void add(CategoryNode node, TreeNode<CategoryNode> parent) {
    TreeNode<CategoryNode> treeNode = new DefaultTreeNode<>(node, parent);
    treeNode.setExpanded(expanded.contains(node.id()));
    node.children().forEach(child -> add(child, treeNode));
  }

  private void reload() {
    if (root != null) {
      expanded.clear();
      rememberExpanded(root);
      root = null;
    }
  }

  private void rememberExpanded(TreeNode<CategoryNode> node) {
    if (node.getData() != null && node.isExpanded()) {
      expanded.add(node.getData().id());
    }
    node.getChildren().forEach(this::rememberExpanded);
  }

  /**
   * Opens the create dialog for a child of {@code parent}, or for a top-level category when null.
   */
  public void startCreate(CategoryNode parent) {
    parentId = parent == null ? null : parent.id();
    parentName = parent == null ? null : parent.name();
    newName = null;
  }

  public void create() {
    try {
      CategoryView created = categories.create(new NewCategory(parentId, newName));
      reload();
      if (parentId != null) {
        expanded.add(parentId); // show the new node
      }
      errors.info("category.created", created.path());
      PrimeFaces.current().executeScript("PF('createCategoryDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "createForm");
    }
  }

  public void startRename(CategoryNode node) {
    renamingId = node.id();
    renamingVersion = node.version();
    renamedName = node.name();
  }

  public void rename() {
    try {
      CategoryView renamed =
          categories.rename(renamingId, new RenameCategory(renamedName, renamingVersion));
      reload();
      errors.info("category.renamed", renamed.path());
      PrimeFaces.current().executeScript("PF('renameCategoryDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "renameForm");
    }
  }

  public void deactivate(CategoryNode node) {
    try {
      CategoryView changed = categories.deactivate(node.id(), node.version());
      errors.info("category.deactivated", changed.path());
    } catch (DomainException problem) {
      errors.show(problem, "treeForm");
    }
    reload();
  }

  public void reactivate(CategoryNode node) {
    try {
      CategoryView changed = categories.reactivate(node.id(), node.version());
      errors.info("category.reactivated", changed.path());
    } catch (DomainException problem) {
      errors.show(problem, "treeForm");
    }
    reload();
  }

  /** A file was chosen: show what importing it would do, store nothing yet. */
  public void upload(FileUploadEvent event) {
    upload = event.getFile().getContent();
    preview = null;
    allRows = false;
    try {
      preview = categories.importCsv(upload, true);
    } catch (DomainException problem) {
      upload = null;
      errors.show(problem, "importForm");
    }
  }

  /** Imports the previewed file; if the tree changed meanwhile, the answer is a fresh preview. */
  public void confirmImport() {
    if (upload == null) {
      return;
    }
    try {
      CategoryImport result = categories.importCsv(upload, false);
      if (result.committed()) {
        errors.info("category.imported", result.newNodes());
        cancelImport();
        reload();
      } else {
        preview = result;
        errors.error("categories.import.invalid", result.invalidRows());
      }
    } catch (DomainException problem) {
      errors.show(problem, "importForm");
    }
  }

  public void cancelImport() {
    upload = null;
    preview = null;
  }

  /** A problem's message in the reader's language, with the rule's limits filled in. */
  public String problemText(FieldViolation problem) {
    return texts.field(problem.messageKey(), problem.attributes());
  }

  public CategoryImport getPreview() {
    return preview;
  }

  /** The preview's rows: by default only those that add nodes or have problems. */
  public List<ImportRow> getPreviewRows() {
    if (preview == null) {
      return List.of();
    }
    return allRows
        ? preview.rows()
        : preview.rows().stream().filter(row -> row.outcome() != ImportOutcome.EXISTING).toList();
  }

  public boolean isImportable() {
    return upload != null && preview != null && preview.valid() && preview.newNodes() > 0;
  }

  public boolean isAllRows() {
    return allRows;
  }

  public void setAllRows(boolean allRows) {
    this.allRows = allRows;
  }

  public String getParentName() {
    return parentName;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getRenamedName() {
    return renamedName;
  }

  public void setRenamedName(String renamedName) {
    this.renamedName = renamedName;
  }
}
