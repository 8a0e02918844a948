package cn.gov.bizenv.portal.rest.errors;

import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds error responses in the caller's language. */
final class ApiErrors {
  /** 422: Jakarta REST 3.1's Response.Status has no constant for it. */
  static final Response.StatusType UNPROCESSABLE =
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

  static Locale locale(HttpHeaders headers) {
    return CallerLanguage.of(headers);
  }

  static Response response(
      Response.StatusType status, String code, String message, List<ApiError.FieldError> fields) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status.getStatusCode(), code, message, fields))
        .build();
  }

  static Response response(Response.StatusType status, String key, Locale locale, List<Object> arguments) {
    return response(status, key, Texts.format(locale, key, arguments), List.of());
  }
}
