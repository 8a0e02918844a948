package cn.gov.bizenv.casetracking.domain.shared;

import java.util.Map;

/**
 * One invalid field: its property path, the message key (the Bean Validation template without
 * braces) and the constraint's attributes, such as {@code max}, that the message may quote.
 */
public record FieldViolation(String field, String messageKey, Map<String, Object> attributes) {
  public FieldViolation {
    attributes = Map.copyOf(attributes);
  }
}
