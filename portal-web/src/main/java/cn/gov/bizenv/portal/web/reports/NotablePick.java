package cn.gov.bizenv.portal.web.reports;

import java.io.Serializable;

/** A notable case on the bulletin's edit form: the case, how it is shown, and the remark typed. */
public class NotablePick implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long caseId;
  private final String label;
  private String remark;

  public NotablePick(long caseId, String label, String remark) {
    this.caseId = caseId;
    this.label = label;
    this.remark = remark;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getLabel() {
    return label;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
