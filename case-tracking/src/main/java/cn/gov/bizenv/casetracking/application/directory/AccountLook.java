package cn.gov.bizenv.casetracking.application.directory;

/** The signed-in person's choice of look: the standard one or the 长辈版 (senior look). */
public interface AccountLook {
  /** Whether the signed-in caller reads the portal in the senior look. */
  boolean seniorLook();

  /** Keeps the signed-in caller's choice with their account. */
  void chooseSeniorLook(boolean senior);
}
