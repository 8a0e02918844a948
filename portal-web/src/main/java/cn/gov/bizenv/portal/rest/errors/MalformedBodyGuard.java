package cn.gov.bizenv.portal.rest.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Turns every way a JSON body can fail to bind (bad syntax, an unknown enum constant, a string for
 * a number) into one 400, instead of the 500 that some of them otherwise become.
 */
@Provider
public class MalformedBodyGuard implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException
        | JsonParsingException
        | ProcessingException
        | IllegalArgumentException malformed) {
      throw new MalformedBody(malformed);
    }
  }
}
