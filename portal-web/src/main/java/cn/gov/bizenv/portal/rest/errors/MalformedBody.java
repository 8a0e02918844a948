package cn.gov.bizenv.portal.rest.errors;

import jakarta.ws.rs.BadRequestException;

/**
 * The request body could not be read as the JSON the endpoint expects; {@link #field} names the
 * property at fault when it is known.
 */
public class MalformedBody extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the property at fault ({@code attachments[0].size}), or null. */
  final String field;

  /** Whether the property's number had a fraction, rather than being out of its type's range. */
  final boolean fractional;

  public MalformedBody(Throwable cause) {
    super("malformed request body", cause);
    this.field = null;
    this.fractional = false;
  }

  MalformedBody(String field, boolean fractional) {
    super("malformed request body: " + field);
    this.field = field;
    this.fractional = fractional;
  }
}
