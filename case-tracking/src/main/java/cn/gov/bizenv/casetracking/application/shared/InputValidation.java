package cn.gov.bizenv.casetracking.application.shared;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates commands at the service boundary, so that every entry point (pages, REST, imports) gets
 * the same rules and the same field-by-field answer.
 */
@ApplicationScoped
public class InputValidation {
  @Inject Validator validator;

  /** Validation with the given validator, for services wired without a container. */
  public static InputValidation with(Validator validator) {
    InputValidation validation = new InputValidation();
    validation.validator = validator;
    return validation;
  }

  /** Throws {@link InvalidInputException} listing every invalid field; does nothing when valid. */
  public void check(Object command) {
    if (command == null) {
      throw InvalidInputException.of("", "input.missing");
    }
    List<FieldViolation> violations = violations(command);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /** Every invalid field of the command, by field name; empty when valid. */
  public List<FieldViolation> violations(Object command) {
    if (command == null) {
      // a JSON body of "null": Bean Validation would throw instead of answering
      return List.of(new FieldViolation("", "input.missing", java.util.Map.of()));
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(command);
    return java.util.stream.Stream.concat(
            violations.stream().map(InputValidation::toFieldViolation),
            TextScreening.violations(command).stream())
        .distinct()
        .sorted(Comparator.comparing(FieldViolation::field))
        .toList();
  }

  static FieldViolation toFieldViolation(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    return new FieldViolation(
        violation.getPropertyPath().toString(),
        key,
        quotableAttributes(violation.getConstraintDescriptor().getAttributes()));
  }

  // Only simple values can be quoted in a message; groups and payload are class arrays.
  private static Map<String, Object> quotableAttributes(Map<String, Object> attributes) {
    Map<String, Object> quotable = new LinkedHashMap<>();
    attributes.forEach(
        (name, value) -> {
          if (value instanceof Number || value instanceof String || value instanceof Boolean) {
            quotable.put(name, value);
          }
        });
    return quotable;
  }

  /** Convenience for rules Bean Validation cannot express. */
  public static InvalidInputException invalid(String field, String messageKey) {
    return new InvalidInputException(List.of(new FieldViolation(field, messageKey, Map.of())));
  }
}
