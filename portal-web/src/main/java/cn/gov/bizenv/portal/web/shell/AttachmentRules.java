package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentLimits;
import cn.gov.bizenv.casetracking.domain.model.attachment.FileKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The attachment limits as pages show them: the hint beside an upload and the browser's check. */
@Named
@RequestScoped
public class AttachmentRules {
  @Inject Texts texts;

  public int getMaxBytes() {
    return AttachmentLimits.MAX_BYTES;
  }

  public int getMaxCameraBytes() {
    return AttachmentLimits.MAX_CAMERA_BYTES;
  }

  public int getMaxCount() {
    return AttachmentLimits.MAX_PER_OWNER;
  }

  /** Shown by the browser before it sends a file that is too large anyway. */
  public String getTooLargeMessage() {
    return texts.get("attachment.tooLarge.client", AttachmentLimits.maxMegabytes());
  }

  public String getHint() {
    return texts.get(
        "attachment.hint",
        AttachmentLimits.MAX_PER_OWNER,
        AttachmentLimits.maxMegabytes(),
        FileKind.ACCEPTED_EXTENSIONS);
  }
}
