package cn.gov.bizenv.casetracking.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The weight (0–100) of one ranking component; the rows are seeded by V9__reports.sql. */
@Entity
@Table(name = "ranking_weight")
public class RankingWeight {
  public static final int MAX = 100;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private RankingComponent component;

  @Column(nullable = false)
  private int weight;

  @Version private long version;

  protected RankingWeight() {}

  public RankingWeight(RankingComponent component, int weight) {
    this.component = component;
    change(weight);
  }

  public void change(int weight) {
    if (weight < 0 || weight > MAX) {
      throw new IllegalArgumentException("weight must be 0.." + MAX);
    }
    this.weight = weight;
  }

  public RankingComponent getComponent() {
    return component;
  }

  public int getWeight() {
    return weight;
  }

  public long getVersion() {
    return version;
  }
}
