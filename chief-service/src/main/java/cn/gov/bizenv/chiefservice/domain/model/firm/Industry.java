package cn.gov.bizenv.chiefservice.domain.model.firm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An industry of the national classification (国民经济行业分类, GB/T 4754-2017). The portal ships the
 * twenty sections A–T as reference data; the list is read-only for the application.
 */
@Entity
@Table(name = "industry")
public class Industry {
  @Id
  @Column(length = 10)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private int position;

  protected Industry() {}

  public Industry(String code, String name, int position) {
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }
}
