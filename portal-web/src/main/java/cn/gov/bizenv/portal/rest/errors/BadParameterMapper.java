package cn.gov.bizenv.portal.rest.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Paging or filter parameters out of range: 400, with the rule in the message. */
@Provider
public class BadParameterMapper implements ExceptionMapper<IllegalArgumentException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(IllegalArgumentException bad) {
    return ApiErrors.response(
        Response.Status.BAD_REQUEST, "error.parameter", ApiErrors.locale(headers), List.of());
  }
}
