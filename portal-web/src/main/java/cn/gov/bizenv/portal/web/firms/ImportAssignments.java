package cn.gov.bizenv.portal.web.firms;

import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.chiefservice.application.assignments.AssignmentImport;
import cn.gov.bizenv.chiefservice.application.assignments.ImportMode;
import cn.gov.bizenv.chiefservice.application.assignments.ImportOutcome;
import cn.gov.bizenv.chiefservice.application.assignments.ImportPreview;
import cn.gov.bizenv.chiefservice.application.assignments.ImportProblem;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * An administrator uploads an assignment workbook, reads the preview row by row (each problem in
 * words, the credit code's included) and then stores the valid rows, or all of them. The workbook
 * stays in the view until confirmed; nothing is stored before.
 */
@Named
@ViewScoped
public class ImportAssignments implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AssignmentImport imports;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;

  private transient UploadedFile file;
  private byte[] workbook;
  private ImportPreview preview;

  public void upload() {
    if (file == null || file.getContent() == null || file.getContent().length == 0) {
      errors.show(new RuleViolationException("import.file.empty"), "uploadForm");
      return;
    }
    workbook = file.getContent();
    try {
      preview = imports.preview(workbook);
    } catch (DomainException problem) {
      preview = null;
      workbook = null;
      errors.show(problem, "uploadForm");
    }
  }

  public String confirm(String mode) {
    try {
      ImportOutcome outcome = imports.confirm(workbook, ImportMode.valueOf(mode));
      errors.info(
          "import.done",
          outcome.registered(),
          outcome.assigned(),
          outcome.reassigned(),
          outcome.unchanged(),
          outcome.skipped());
      return "/firms/coverage?faces-redirect=true";
    } catch (DomainException problem) {
      errors.show(problem, "previewForm");
      return null;
    }
  }

  public void discard() {
    workbook = null;
    preview = null;
  }

  /** A row's problem in the reader's language. */
  public String message(ImportProblem problem) {
    return texts.get(problem.messageKey(), problem.arguments().toArray());
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportPreview getPreview() {
    return preview;
  }
}
