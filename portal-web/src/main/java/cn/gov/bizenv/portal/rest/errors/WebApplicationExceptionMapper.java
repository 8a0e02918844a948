package cn.gov.bizenv.portal.rest.errors;

import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method or media type, role check) in the
 * same JSON shape as every other error.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException problem) {
    String parameter = unreadableParameter(problem);
    if (parameter != null) {
      Locale locale = ApiErrors.locale(headers);
      return ApiErrors.response(
          Response.Status.BAD_REQUEST,
          "error.parameter",
          Texts.lookup(locale, "error.parameter"),
          List.of(
              new ApiError.FieldError(
                  parameter,
                  "param.unreadable",
                  Texts.withAttributes(
                      Texts.lookup(locale, "param.unreadable"), Map.of("name", parameter)))));
    }
    if (problem instanceof MalformedBody malformed && malformed.field != null) {
      Locale locale = ApiErrors.locale(headers);
      String code = malformed.fractional ? "body.number.whole" : "body.number.range";
      return ApiErrors.response(
          Response.Status.BAD_REQUEST,
          "error.body.malformed",
          Texts.lookup(locale, "error.body.malformed"),
          List.of(
              new ApiError.FieldError(
                  malformed.field,
                  code,
                  Texts.withAttributes(
                      Texts.lookup(locale, code), Map.of("name", malformed.field)))));
    }
    Response.Status status = Response.Status.fromStatusCode(problem.getResponse().getStatus());
    if (status == null) {
      status = Response.Status.BAD_REQUEST;
    }
    String key =
        problem instanceof MalformedBody
            ? "error.body.malformed"
            : problem instanceof ForbiddenException
                ? "error.forbidden"
                : "error.http." + status.getStatusCode();
    return ApiErrors.response(status, key, ApiErrors.locale(headers), List.of());
  }

  /**
   * The name of a query, path or header parameter the runtime could not convert ({@code
   * ?offset=abc}, a number too large for its type), which Jersey answers 404 by the JAX-RS rule for
   * query parameters; the API's error contract promises a 400 naming it. Jersey's {@code
   * ParamException} is not part of the API the portal compiles against, so it is recognised by
   * name.
   */
  static String unreadableParameter(WebApplicationException problem) {
    for (Class<?> type = problem.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
        try {
          Object name = type.getMethod("getParameterName").invoke(problem);
          return name == null ? "" : name.toString();
        } catch (ReflectiveOperationException unexpected) {
          return "";
        }
      }
    }
    return null;
  }
}
