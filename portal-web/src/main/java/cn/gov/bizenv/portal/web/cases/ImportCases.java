package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;
import cn.gov.bizenv.casetracking.application.batches.BatchOutcome;
import cn.gov.bizenv.casetracking.application.batches.BatchPreview;
import cn.gov.bizenv.casetracking.application.batches.CaseBatchImport;
import cn.gov.bizenv.casetracking.application.batches.NewBatch;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * A triage officer (or an administrator) uploads a workbook of assigned cases (上级交办), reads the
 * preview row by row, names the batch's source document and imports every row or the valid ones.
 * The import runs on the server's managed executor while the page polls {@link #getProgress()}, so
 * that a large batch shows a progress bar; it is still one transaction, so nothing is stored when
 * it is refused. The workbook stays in the view until imported or discarded.
 */
@Named
@ViewScoped
public class ImportCases implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ImportCases.class.getName());

  @Inject transient CaseBatchImport imports;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;
  @Resource transient ManagedExecutorService executor;

  private transient UploadedFile file;
  private byte[] workbook;
  private BatchPreview preview;
  private String sourceDocument;

  // Written by the import's thread, read by the page's polls.
  private volatile boolean running;
  private volatile int recorded;
  private volatile int total;
  private volatile BatchOutcome outcome;
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
    if (sourceDocument == null || sourceDocument.isBlank()) {
      errors.show(
          new InvalidInputException(
              List.of(new FieldViolation("sourceDocument", "batch.source.required", Map.of()))),
          "previewForm");
      return;
    }
    BatchImportMode chosen = BatchImportMode.valueOf(mode);
    NewBatch batch = new NewBatch(sourceDocument);
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
                    batch,
                    rows,
                    chosen,
                    (done, of) -> {
                      recorded = done;
                      total = of;
                    });
          } catch (DomainException problem) {
            refusal = problem;
          } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "batch import failed", failure);
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

  public BatchOutcome getOutcome() {
    return outcome;
  }

  public int getMaxRows() {
    return CaseBatchImport.MAX_ROWS;
  }

  public long getMaxBytes() {
    return CaseBatchImport.MAX_BYTES;
  }

  public int getMaxMegabytes() {
    return CaseBatchImport.MAX_BYTES / (1024 * 1024);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public BatchPreview getPreview() {
    return preview;
  }

  public String getSourceDocument() {
    return sourceDocument;
  }

  public void setSourceDocument(String sourceDocument) {
    this.sourceDocument = sourceDocument;
  }
}
