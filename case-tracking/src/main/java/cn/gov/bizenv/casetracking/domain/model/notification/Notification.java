package cn.gov.bizenv.casetracking.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message in one person's bell: something they must act on. It stores a message key and its
 * arguments rather than text, so each person reads it in their own language.
 */
@Entity
@Table(name = "notification")
public class Notification {
  /** Separates arguments in one column; a control character no one types. */
  static final String SEPARATOR = "\u001F";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false, length = 50)
  private String recipient;

  @Column(name = "message_key", nullable = false, updatable = false, length = 100)
  private String messageKey;

  @Column(updatable = false, length = 1000)
  private String arguments;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected Notification() {}

  public Notification(
      String recipient,
      String messageKey,
      List<String> arguments,
      Long caseId,
      LocalDateTime createdAt) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    if (arguments.stream().anyMatch(argument -> argument.contains(SEPARATOR))) {
      throw new IllegalArgumentException("arguments must not contain the separator");
    }
    this.arguments = arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
    this.caseId = caseId;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Marks it read; reading it again keeps the first time. */
  public void markRead(LocalDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getArguments() {
    return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
  }

  public Long getCaseId() {
    return caseId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
