package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The API's JSON error shape ({@code status}, {@code code}, {@code message}, {@code fields}) for
 * answers given before JAX-RS is reached (the sign-in limit, the cross-origin guard), in the
 * caller's language as the API's exception mappers choose it.
 */
final class JsonErrorResponse {
  private JsonErrorResponse() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      List<Object> arguments)
      throws IOException {
    write(request, response, status, code, arguments, null, null);
  }

  /** The same with one field at fault ({@code field} null: none). */
  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      List<Object> arguments,
      String field,
      String fieldCode)
      throws IOException {
    Locale locale = callerLocale(request);
    var fields = Json.createArrayBuilder();
    if (field != null) {
      fields.add(
          Json.createObjectBuilder()
              .add("field", field)
              .add("code", fieldCode)
              .add("message", Texts.lookup(locale, fieldCode)));
    }
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", status)
                .add("code", code)
                .add("message", Texts.format(locale, code, arguments))
                .add("fields", fields)
                .build()
                .toString());
  }

  /** English when the caller asks for it first, Chinese otherwise. */
  static Locale callerLocale(HttpServletRequest request) {
    for (Locale accepted : Collections.list(request.getLocales())) {
      if (accepted.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
      if (accepted.getLanguage().equals("zh")) {
        break;
      }
    }
    return LocaleSelection.DEFAULT;
  }
}
