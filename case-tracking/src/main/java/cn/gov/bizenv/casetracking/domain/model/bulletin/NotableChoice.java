package cn.gov.bizenv.casetracking.domain.model.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A case the supervisor picked for the bulletin's notable cases, with their remark. */
@Embeddable
public class NotableChoice {
  public static final int REMARK_MAX = 500;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(length = REMARK_MAX)
  private String remark;

  protected NotableChoice() {}

  public NotableChoice(long caseId, String remark) {
    this.caseId = caseId;
    this.remark = remark == null || remark.isBlank() ? null : remark.strip();
  }

  public long getCaseId() {
    return caseId;
  }

  public String getRemark() {
    return remark;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NotableChoice other
        && caseId == other.caseId
        && Objects.equals(remark, other.remark);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, remark);
  }
}
