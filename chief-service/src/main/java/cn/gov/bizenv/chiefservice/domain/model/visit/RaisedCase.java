package cn.gov.bizenv.chiefservice.domain.model.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A case a visit raised: one problem (诉求) the firm put to its officer, recorded through case
 * tracking's intake. The case itself lives in case tracking; the visit keeps its id, number and
 * title so that it can ask for the live status.
 */
@Embeddable
public class RaisedCase {
  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "tracking_number", nullable = false, length = 20)
  private String trackingNumber;

  @Column(nullable = false, length = 200)
  private String title;

  protected RaisedCase() {}

  public RaisedCase(long caseId, String trackingNumber, String title) {
    this.caseId = caseId;
    this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
    this.title = Objects.requireNonNull(title, "title");
  }

  public long getCaseId() {
    return caseId;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public String getTitle() {
    return title;
  }
}
