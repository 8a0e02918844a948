package cn.gov.bizenv.portal.rest;

import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language an API caller reads: English if they ask for it first, Chinese otherwise. */
public final class CallerLanguage {
  private CallerLanguage() {}

  public static Locale of(HttpHeaders headers) {
    if (headers != null) {
      for (Locale accepted : headers.getAcceptableLanguages()) {
        if (accepted.getLanguage().equals("en")) {
          return Locale.ENGLISH;
        }
        if (accepted.getLanguage().equals("zh")) {
          return LocaleSelection.DEFAULT;
        }
      }
    }
    return LocaleSelection.DEFAULT;
  }
}
