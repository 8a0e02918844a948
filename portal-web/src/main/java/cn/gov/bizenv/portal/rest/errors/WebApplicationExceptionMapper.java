package cn.gov.bizenv.portal.rest.errors;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method or media type, role check) in the
 * same JSON shape as every other error.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException problem) {
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
}
