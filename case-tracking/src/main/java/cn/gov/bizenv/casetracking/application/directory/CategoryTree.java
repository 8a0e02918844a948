package cn.gov.bizenv.casetracking.application.directory;

import java.util.List;

/**
 * The category tree by which cases are classified: everyone signed in reads the active tree for
 * pickers; administrators add, rename, deactivate and reactivate nodes and import a CSV file of
 * missing ones.
 */
public interface CategoryTree {
  /**
   * The top-level categories with their active descendants, read in one query; a deactivated node
   * hides its whole subtree. The tree is bounded (at most 2,000 nodes).
   */
  List<CategoryNode> activeTree();

  /** Every node, deactivated ones included, for the administrator's page. */
  List<CategoryNode> fullTree();

  CategoryView get(long id);

  /** Adds a node under {@code parentId} (or at the top level), with the next free code there. */
  CategoryView create(NewCategory command);

  CategoryView rename(long id, RenameCategory command);

  /** Hides the node and its subtree from pickers; cases already classified under it keep it. */
  CategoryView deactivate(long id, long version);

  CategoryView reactivate(long id, long version);

  /**
   * Imports a UTF-8 CSV file with the columns 一级分类, 二级分类, 三级分类, adding the nodes the tree lacks.
   * With {@code dryRun} nothing is stored; without it, the nodes are added only if no row has a
   * problem. Either way the answer lists every row with what it does and what is wrong.
   */
  CategoryImport importCsv(byte[] content, boolean dryRun);
}
