package cn.gov.bizenv.portal.web.tasks;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;
import cn.gov.bizenv.casetracking.application.tasks.ActionPlanImport;
import cn.gov.bizenv.casetracking.application.tasks.PlanOutcome;
import cn.gov.bizenv.casetracking.application.tasks.PlanPreview;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * The office uploads an action plan workbook (三年行动方案), reads the preview row by row and imports
 * every row or the valid ones. The import runs on the server's managed executor while the page
 * polls {@link #getProgress()}, as the case batch import does; it is one transaction.
 */
@Named
@ViewScoped
public class ImportPlan implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ImportPlan.class.getName());

  @Inject transient ActionPlanImport imports;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;
  @Resource transient ManagedExecutorService executor;

  private transient UploadedFile file;
  private byte[] workbook;
  private PlanPreview preview;

  // Written by the import's thread, read by the page's polls.
  private volatile boolean running;
  private volatile int recorded;
  private volatile int total;
  private volatile PlanOutcome outcome;
  private volatile DomainException refusal;

  public void upload() {
    if (file == null || file.getContent() == null || file.getContent().length == 0) {
      errors.show(new RuleViolationException("import.file.empty"), "uploadForm");
      return;
    }
    discard();
    try {
      workbook = file.getContent();
      preview = imports.preview(workbook);
    } catch (DomainException problem) {
      discard();
      errors.show(problem, "uploadForm");
    }
  }

  /** Starts the import; the page then polls the progress until it reaches 100. */
  public void start(String mode) {
    if (workbook == null || running) {
      return;
    }
    BatchImportMode chosen = BatchImportMode.valueOf(mode);
    byte[] rows = workbook;
    outcome = null;
    refusal = null;
    recorded = 0;
    total = chosen == BatchImportMode.VALID_ROWS ? preview.validRows() : preview.rows().size();
    running = true;
    executor.submit(
        () -> {
          try {
            outcome =
                imports.commit(
                    rows,
                    chosen,
                    (done, of) -> {
                      recorded = done;
                      total = of;
                    });
          } catch (DomainException problem) {
            refusal = problem;
          } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "action plan import failed", failure);
            refusal = new RuleViolationException("batch.failed");
          } finally {
            running = false;
          }
        });
  }

  /** Percent of the rows recorded; 100 once the import has ended, whether stored or refused. */
  public int getProgress() {
    if (!running) {
      return outcome != null || refusal != null ? 100 : 0;
    }
    return total == 0 ? 0 : Math.min(99, recorded * 100 / total);
  }

  /** The import has ended: say how. */
  public void finished() {
    if (refusal != null) {
      errors.show(refusal, "previewForm");
      refusal = null;
    } else if (outcome != null) {
      workbook = null;
      preview = null;
    }
  }

  public void discard() {
    workbook = null;
    preview = null;
    outcome = null;
    refusal = null;
  }

  /** A row's problem in the reader's language. */
  public String message(FieldViolation problem) {
    return texts.field(problem.messageKey(), problem.attributes());
  }

  public boolean isRunning() {
    return running;
  }

  public PlanOutcome getOutcome() {
    return outcome;
  }

  public int getMaxRows() {
    return ActionPlanImport.MAX_ROWS;
  }

  public long getMaxBytes() {
    return ActionPlanImport.MAX_BYTES;
  }

  public int getMaxMegabytes() {
    return ActionPlanImport.MAX_BYTES / (1024 * 1024);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public PlanPreview getPreview() {
    return preview;
  }
}
