package cn.gov.bizenv.chiefservice.application.assignments;

/**
 * Bulk assignment from an Excel workbook (.xlsx) whose first sheet has the columns firm name,
 * credit code, industry, size, district and officer username under a header row. The preview stores
 * nothing; confirming re-reads the same workbook and stores the valid rows, or all of them.
 * Administrators only.
 */
public interface AssignmentImport {
  /** Up to this many rows are read; the city assigns hundreds at a time. */
  int MAX_ROWS = 5000;

  ImportPreview preview(byte[] workbook);

  ImportOutcome confirm(byte[] workbook, ImportMode mode);
}
