package cn.gov.bizenv.casetracking.domain.model.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An Open311 client's key, issued by an administrator and revocable. The key itself is shown once;
 * only its SHA-256 hash is stored. A key has 192 random bits, so a plain hash is enough: there is
 * nothing to guess from it, unlike a password.
 */
@Entity
@Table(name = "open311_api_key")
public class ApiKey {
  public static final int NAME_MAX = 100;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_api_key_seq")
  @SequenceGenerator(
      name = "open311_api_key_seq",
      sequenceName = "open311_api_key_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "key_hash", nullable = false, unique = true, length = 64)
  private String keyHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 50)
  private String createdBy;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Version private long version;

  protected ApiKey() {}

  /** A key for the client {@code name}; {@code key} is the secret handed to it once. */
  public ApiKey(String name, String key, String createdBy, LocalDateTime createdAt) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("name must be 1.." + NAME_MAX + " characters");
    }
    this.name = name.strip();
    this.keyHash = hash(Objects.requireNonNull(key, "key"));
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** 32 URL-safe characters from a secure random source. */
  public static String newKey() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  public void revoke(LocalDateTime at) {
    if (revokedAt == null) {
      revokedAt = Objects.requireNonNull(at, "at");
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }

  public long getVersion() {
    return version;
  }
}
