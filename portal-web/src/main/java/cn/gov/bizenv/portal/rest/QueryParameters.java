package cn.gov.bizenv.portal.rest;

import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Parses query parameters by hand so that a bad value is a 400 naming the parameter, not the JAX-RS
 * default of 404.
 */
public final class QueryParameters {
  public static final int DEFAULT_LIMIT = 20;

  private QueryParameters() {}

  public static PageRequest page(Integer offset, Integer limit, String sort, String order) {
    int from = offset == null ? 0 : offset;
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (from < 0) {
      throw invalid("offset", "param.offset", Map.of());
    }
    if (size < 1 || size > PageRequest.MAX_LIMIT) {
      throw invalid("limit", "param.limit", Map.of("max", PageRequest.MAX_LIMIT));
    }
    if (order != null && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
      throw invalid("order", "param.order", Map.of());
    }
    return new PageRequest(from, size, sort, !"desc".equalsIgnoreCase(order));
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException unknown) {
      throw invalid(field, "param.enum", Map.of("value", value));
    }
  }

  public static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException bad) {
      throw invalid(field, "param.date", Map.of("value", value));
    }
  }

  /** {@code true} or {@code false}; anything else is refused rather than read as false. */
  public static boolean flag(String value, boolean absent, String field) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
      throw invalid(field, "param.flag", Map.of("value", value));
    }
    return Boolean.parseBoolean(value.strip());
  }

  /** A category code such as {@code 01} or {@code 01.02.003}; null when absent. */
  public static String categoryCode(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!CategoryCode.isValid(value.strip())) {
      throw invalid(field, "param.category", Map.of("value", value));
    }
    return value.strip();
  }

  /** A Beijing local time such as {@code 2026-02-13T10:00}; null when absent. */
  public static LocalDateTime dateTime(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException bad) {
      throw invalid(field, "param.dateTime", Map.of("value", value));
    }
  }

  /** A month such as {@code 2026-02}; null when absent. */
  public static java.time.YearMonth month(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.YearMonth.parse(value.strip());
    } catch (DateTimeParseException bad) {
      throw invalid(field, "param.month", Map.of("value", value));
    }
  }

  private static InvalidInputException invalid(
      String field, String key, Map<String, Object> attributes) {
    return new InvalidInputException(List.of(new FieldViolation(field, key, attributes)));
  }
}
