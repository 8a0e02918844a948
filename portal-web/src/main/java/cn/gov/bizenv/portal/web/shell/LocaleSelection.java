package cn.gov.bizenv.portal.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language a person reads the portal in: Chinese unless they switch to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
  static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private Locale locale = DEFAULT;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguageTag() {
    return locale.toLanguageTag();
  }

  /** Switches language and stays on the same page. */
  public void switchTo(String languageTag) {
    Locale requested = Locale.forLanguageTag(languageTag);
    locale =
        SUPPORTED.stream()
            .filter(supported -> supported.getLanguage().equals(requested.getLanguage()))
            .findFirst()
            .orElse(DEFAULT);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  public boolean isChinese() {
    return locale.getLanguage().equals("zh");
  }
}
