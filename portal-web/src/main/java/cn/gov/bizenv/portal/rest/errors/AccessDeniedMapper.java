package cn.gov.bizenv.portal.rest.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A service refused the caller's role: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException denied) {
    return ApiErrors.response(
        Response.Status.FORBIDDEN, "error.forbidden", ApiErrors.locale(headers), List.of());
  }
}
