package cn.gov.bizenv.casetracking.domain.model.attachment;

/**
 * How much one record may carry. The numbers follow what government mailboxes commonly allow and
 * keep a case's files small enough to read on an office computer.
 */
public final class AttachmentLimits {
  /** Largest file accepted: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Files per case or per visit. */
  public static final int MAX_PER_OWNER = 5;

  private AttachmentLimits() {}

  public static int maxMegabytes() {
    return MAX_BYTES / (1024 * 1024);
  }
}
