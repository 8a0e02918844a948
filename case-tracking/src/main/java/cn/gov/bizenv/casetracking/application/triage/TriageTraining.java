package cn.gov.bizenv.casetracking.application.triage;

import java.util.List;

/** What the routing model learns from, and the model itself. Administrators. */
public interface TriageTraining {
  /**
   * Imports training examples from CSV ({@code label,title,content[,unit]} with a header, UTF-8) or
   * an Excel workbook with the same columns. Valid rows are stored (none in a preview), invalid
   * ones refused with their reasons.
   */
  ExampleImport importExamples(byte[] file, boolean dryRun);

  /** Trains a new model version from the history now, unless another server is training. */
  ModelInfo retrain();

  /** The model in use. */
  ModelInfo model();

  List<DefaultUnitView> defaultUnits();

  /** Sets (or replaces) the default lead unit of a category in a district or everywhere. */
  DefaultUnitView setDefaultUnit(NewDefaultUnit command);

  void removeDefaultUnit(long id);
}
