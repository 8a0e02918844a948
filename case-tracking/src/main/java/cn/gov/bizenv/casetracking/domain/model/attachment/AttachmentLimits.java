package cn.gov.bizenv.casetracking.domain.model.attachment;

/**
 * How much one record may carry. The numbers follow what government mailboxes commonly allow and
 * keep a case's files small enough to read on an office computer.
 */
public final class AttachmentLimits {
  /** Largest file accepted: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * A photo straight from a phone's camera, as it may arrive for a visit: shrunk on the server
   * before {@link #MAX_BYTES} applies (the servlet container's multipart limit matches it).
   */
  public static final int MAX_CAMERA_BYTES = 25 * 1024 * 1024;

  /** Files per case or per visit. */
  public static final int MAX_PER_OWNER = 5;

  private AttachmentLimits() {}

  public static int maxMegabytes() {
    return MAX_BYTES / (1024 * 1024);
  }
}
