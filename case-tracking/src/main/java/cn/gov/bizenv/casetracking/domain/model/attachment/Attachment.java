package cn.gov.bizenv.casetracking.domain.model.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One attached file's metadata. The bytes are kept by an {@link AttachmentStorage} under the random
 * {@code storageKey}; the row keeps the cleaned name people see, the kind recognised from the
 * content, the size and a SHA-256 that shows the file was not changed since. Attachments are never
 * edited, so they carry no version.
 */
@Entity
@Table(name = "attachment")
public class Attachment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind", nullable = false, length = 20)
  private AttachmentOwner owner;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_kind", nullable = false, length = 10)
  private FileKind kind;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "storage_key", nullable = false, unique = true, length = 36)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false, length = 50)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected Attachment() {}

  public Attachment(
      AttachmentOwner owner,
      long ownerId,
      String fileName,
      FileKind kind,
      long sizeBytes,
      String sha256,
      String storageKey,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.owner = Objects.requireNonNull(owner);
    this.ownerId = ownerId;
    this.fileName = Objects.requireNonNull(fileName);
    this.kind = Objects.requireNonNull(kind);
    if (sizeBytes <= 0 || sizeBytes > AttachmentLimits.MAX_BYTES) {
      throw new IllegalArgumentException("size out of limits: " + sizeBytes);
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
    }
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageKey = Objects.requireNonNull(storageKey);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
  }

  public Long getId() {
    return id;
  }

  public AttachmentOwner getOwner() {
    return owner;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getFileName() {
    return fileName;
  }

  public FileKind getKind() {
    return kind;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment that && storageKey.equals(that.storageKey);
  }

  @Override
  public int hashCode() {
    return storageKey.hashCode();
  }
}
