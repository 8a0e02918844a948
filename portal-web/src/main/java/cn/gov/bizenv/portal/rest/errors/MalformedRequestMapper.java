package cn.gov.bizenv.portal.rest.errors;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not the JSON the endpoint expects (syntax, unknown enum value, wrong type): 400. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<JsonbException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException malformed) {
    return ApiErrors.response(Response.Status.BAD_REQUEST, "error.body.malformed", ApiErrors.locale(headers), List.of());
  }
}
