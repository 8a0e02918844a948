package cn.gov.bizenv.casetracking.domain.model.triage;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One trained version of the routing model as every server loads it: the serialised {@link
 * RoutingModel} with what it was trained on and how well it cross-validated. Versions are never
 * changed; a new training adds the next one.
 */
@Entity
@Table(name = "triage_model")
public class StoredModel {
  @Id private long version;

  @Column(name = "trained_at", nullable = false)
  private LocalDateTime trainedAt;

  @Column(nullable = false)
  private int examples;

  @Column(name = "from_cases", nullable = false)
  private int fromCases;

  @Column(nullable = false)
  private int imported;

  private Double top1;
  private Double top3;

  @Column(name = "data_mark", nullable = false, length = 200)
  private String dataMark;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] model;

  protected StoredModel() {}

  public StoredModel(
      long version,
      LocalDateTime trainedAt,
      int fromCases,
      int imported,
      Double top1,
      Double top3,
      String dataMark,
      byte[] model) {
    this.version = version;
    this.trainedAt = trainedAt;
    this.examples = fromCases + imported;
    this.fromCases = fromCases;
    this.imported = imported;
    this.top1 = top1;
    this.top3 = top3;
    this.dataMark = dataMark;
    this.model = model.clone();
  }

  public long getVersion() {
    return version;
  }

  public LocalDateTime getTrainedAt() {
    return trainedAt;
  }

  public int getExamples() {
    return examples;
  }

  public int getFromCases() {
    return fromCases;
  }

  public int getImported() {
    return imported;
  }

  public Double getTop1() {
    return top1;
  }

  public Double getTop3() {
    return top3;
  }

  public String getDataMark() {
    return dataMark;
  }

  public byte[] getModel() {
    return model.clone();
  }
}
