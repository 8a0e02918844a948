package cn.gov.bizenv.casetracking.domain.shared;

import java.util.List;

/**
 * Base of the exceptions the application reports to people. The message is a bundle key, resolved
 * by the web layer in the reader's language; the arguments fill its placeholders.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Object> arguments;

  protected DomainException(String messageKey, Object... arguments) {
    super(messageKey);
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return getMessage();
  }

  public List<Object> arguments() {
    return arguments;
  }
}
