package cn.gov.bizenv.portal.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts in the viewer's language, for beans that must say something (the views use the
 * {@code msg} bundle directly). Validation messages come from the same bundles so that pages and
 * the API speak with one voice.
 */
@RequestScoped
public class Texts {
  public static final String BUNDLE = "cn.gov.bizenv.portal.i18n.messages";
  public static final String VALIDATION_BUNDLE = "ValidationMessages";
  // Without this, a missing language falls back to the JVM's default locale instead of the base
  // file.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public String get(String key, Object... arguments) {
    return format(locale(), key, List.of(arguments));
  }

  public String field(String key, Map<String, Object> attributes) {
    return withAttributes(lookup(locale(), key), attributes);
  }

  public Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : LocaleSelection.DEFAULT;
  }

  /** Resolves a key in a locale; an unknown key is shown as itself so that it is noticed. */
  public static String lookup(Locale locale, String key) {
    for (String bundle : List.of(BUNDLE, VALIDATION_BUNDLE)) {
      try {
        return ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader(), NO_FALLBACK)
            .getString(key);
      } catch (MissingResourceException notHere) {
        // try the next bundle
      }
    }
    return key;
  }

  public static String format(Locale locale, String key, List<Object> arguments) {
    String pattern = lookup(locale, key);
    return arguments.isEmpty()
        ? pattern
        : new MessageFormat(pattern, locale).format(arguments.toArray());
  }

  /** Fills Bean Validation style placeholders such as {@code {max}}. */
  public static String withAttributes(String template, Map<String, Object> attributes) {
    String text = template;
    for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
      text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
    }
    return text;
  }
}
