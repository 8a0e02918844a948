package cn.gov.bizenv.portal.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a query string sent as raw UTF-8 bytes (curl '…/api/cases?q=营业执照', an address bar) as
 * UTF-8. The HTTP listener hands the query string over decoded byte by byte as ISO-8859-1, and
 * JAX-RS would then percent-encode those characters and search for mojibake; percent-encoded query
 * strings, the usual kind, pass unchanged. For every API request, whoever may make it.
 */
@WebFilter(urlPatterns = "/api/*")
public class RawUtf8QueryStrings extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    String ascii = asAscii(query);
    if (ascii == null || ascii.equals(query)) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getQueryString() {
            return ascii;
          }
        },
        response);
  }

  /**
   * The query string with every character outside ASCII percent-encoded as UTF-8. Characters that
   * all fit in one byte and form valid UTF-8 are the bytes of a raw UTF-8 query decoded as
   * ISO-8859-1, and are put back together first.
   */
  static String asAscii(String query) {
    if (query == null || query.chars().allMatch(c -> c < 0x80)) {
      return query;
    }
    String text = query;
    if (query.chars().allMatch(c -> c <= 0xFF)) {
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(query.getBytes(StandardCharsets.ISO_8859_1)))
                .toString();
      } catch (CharacterCodingException notUtf8) {
        text = query;
      }
    }
    StringBuilder ascii = new StringBuilder(text.length() * 3);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int unsigned = b & 0xFF;
      if (unsigned < 0x80) {
        ascii.append((char) unsigned);
      } else {
        ascii.append('%').append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)));
        ascii.append(Character.toUpperCase(Character.forDigit(unsigned & 0xF, 16)));
      }
    }
    return ascii.toString();
  }
}
