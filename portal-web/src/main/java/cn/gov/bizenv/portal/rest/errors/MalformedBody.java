package cn.gov.bizenv.portal.rest.errors;

import jakarta.ws.rs.BadRequestException;

/** The request body could not be read as the JSON the endpoint expects. */
public class MalformedBody extends BadRequestException {
  private static final long serialVersionUID = 1L;

  public MalformedBody(Throwable cause) {
    super("malformed request body", cause);
  }
}
