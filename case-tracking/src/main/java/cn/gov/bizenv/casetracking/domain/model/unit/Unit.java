package cn.gov.bizenv.casetracking.domain.model.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An organisation that handles or supervises cases: the leading group office, a special group, a
 * city department or a county/district. Units are never deleted, only deactivated, because closed
 * cases keep pointing at them.
 */
@Entity
@Table(name = "unit")
public class Unit {
  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
  @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private UnitKind kind;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Unit() {}

  public Unit(String name, UnitKind kind, LocalDateTime createdAt) {
    this.name = requireName(name);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public void rename(String newName) {
    this.name = requireName(newName);
  }

  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("unit name must be 1.." + NAME_MAX + " characters");
    }
    return name.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
