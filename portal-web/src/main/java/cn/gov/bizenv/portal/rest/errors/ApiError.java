package cn.gov.bizenv.portal.rest.errors;

import java.util.List;

/**
 * The body of every API error: the HTTP status, a stable machine-readable code, a message in the
 * caller's language ({@code Accept-Language}, Chinese by default) and, for invalid input, the
 * fields at fault.
 */
public record ApiError(int status, String code, String message, List<FieldError> fields) {
  /** One invalid field of the request body or query. */
  public record FieldError(String field, String code, String message) {}
}
