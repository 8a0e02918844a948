package cn.gov.bizenv.portal.rest.errors;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds error responses in the caller's language. */
public final class ApiErrors {
  /** 422: a business rule refuses the request. JAX-RS 3.1's {@code Response.Status} has no 422. */
  static final Response.StatusType RULE_VIOLATION =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  private ApiErrors() {}

  /** The caller's language from {@code Accept-Language}: English if asked for, else Chinese. */
  public static Locale locale(HttpHeaders headers) {
    return cn.gov.bizenv.portal.rest.CallerLanguage.of(headers);
  }

  /** One invalid field, its message in the caller's language with the rule's limits filled in. */
  public static ApiError.FieldError fieldError(FieldViolation violation, Locale locale) {
    return new ApiError.FieldError(
        violation.field(),
        violation.messageKey(),
        Texts.withAttributes(Texts.lookup(locale, violation.messageKey()), violation.attributes()));
  }

  static Response response(
      Response.StatusType status, String code, String message, List<ApiError.FieldError> fields) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status.getStatusCode(), code, message, fields))
        .build();
  }

  static Response response(
      Response.StatusType status, String key, Locale locale, List<Object> arguments) {
    return response(status, key, Texts.format(locale, key, arguments), List.of());
  }
}
