package cn.gov.bizenv.portal.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a POST that made something: 201, the new resource's address in {@code Location} and
 * its representation as the body, as every resource of the API answers it.
 */
public final class Created {
  private Created() {}

  /**
   * Created below the address that was posted to: {@code POST /api/units} answers with {@code
   * /api/units/7} for the segments {@code 7}, and an upload to {@code /api/cases/5/attachments}
   * with {@code /api/cases/5/attachments/9/content} for {@code 9, "content"}.
   */
  public static Response below(UriInfo request, Object body, Object... segments) {
    UriBuilder location = request.getAbsolutePathBuilder();
    for (Object segment : segments) {
      location.path(segment.toString());
    }
    return Response.created(location.build()).entity(body).build();
  }
}
