package cn.gov.bizenv.portal.rest.errors;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns every way a JSON body can fail to bind (bad syntax, an unknown enum constant, a string for
 * a number, a fraction or an out-of-range number for a whole one, bytes that are not UTF-8) into
 * one 400, instead of the 500 that some of them otherwise become, or the U+FFFD that a lenient
 * decoder would store in place of invalid bytes.
 */
@Provider
public class MalformedBodyGuard implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      byte[] body = context.getInputStream().readAllBytes();
      if (!isUtf8(body)) {
        throw new MalformedBody(new CharacterCodingException());
      }
      checkWholeNumbers(body, context.getGenericType());
      context.setInputStream(new ByteArrayInputStream(body));
    }
    try {
      return context.proceed();
    } catch (JsonbException
        | JsonParsingException
        | ProcessingException
        | IllegalArgumentException malformed) {
      throw new MalformedBody(malformed);
    }
  }

  private static void checkWholeNumbers(byte[] body, java.lang.reflect.Type target) {
    JsonValue parsed;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      parsed = reader.readValue();
    } catch (JsonException | IllegalStateException unparsable) {
      return; // binding refuses it below, as malformed
    }
    WholeNumberFields.firstDefect(parsed, target)
        .ifPresent(
            defect -> {
              throw new MalformedBody(defect.path(), defect.fractional());
            });
  }

  static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }
}
