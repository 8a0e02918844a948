package cn.gov.bizenv.casetracking.domain.model.account;

import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: an officer, a unit handler, a supervisor, a chief service officer, a
 * leader or an administrator. Every account belongs to a unit, which scopes what it sees. The
 * password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "account")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 50)
  private String username;

  @Column(name = "display_name", nullable = false, length = 50)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 30)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean active = true;

  /** Whether the person reads the portal in the 长辈版 (senior look). */
  @Column(name = "senior_look", nullable = false)
  private boolean seniorLook;

  @Version private long version;

  protected Account() {}

  public Account(
      String username, String displayName, String passwordHash, Unit unit, Set<Role> roles) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.unit = Objects.requireNonNull(unit, "unit");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    this.roles = EnumSet.copyOf(roles);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Unit getUnit() {
    return unit;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The person's name as colleagues see it. */
  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
  }

  /** Moves the person to another unit, which then scopes what they see. */
  public void moveTo(Unit unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /** Replaces the roles; an account always has at least one. */
  public void assignRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    this.roles = EnumSet.copyOf(roles);
  }

  /** Sets a new password, given as its hash. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  /** A deactivated account cannot sign in; its name stays on what it did. */
  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  public boolean isActive() {
    return active;
  }

  /** An account can sign in only while it and its unit are active. */
  public boolean canSignIn() {
    return active && unit.isActive();
  }

  public boolean prefersSeniorLook() {
    return seniorLook;
  }

  /** The look the person chose in the header's switch, kept for their next sign-in. */
  public void chooseSeniorLook(boolean senior) {
    this.seniorLook = senior;
  }

  public long getVersion() {
    return version;
  }
}
