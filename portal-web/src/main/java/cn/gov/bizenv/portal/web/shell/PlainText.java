package cn.gov.bizenv.portal.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text a page submits, whatever its input: C0 control characters other than tab and line
 * breaks are refused beside the input, naming it; a text of Unicode spaces only (U+3000 included)
 * is no text, so that a required input says so. The same rules as the services' own screening of
 * commands, applied before a value reaches a bean (search fields and filters included).
 */
@FacesConverter(forClass = String.class)
public class PlainText implements Converter<String> {
  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        Object label = component.getAttributes().get("label");
        String message = Texts.lookup(locale(context), "input.controlCharacter");
        String text = label == null ? message : label + ": " + message;
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
    }
    boolean blank =
        value
            .codePoints()
            .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    return blank ? null : value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  private static java.util.Locale locale(FacesContext context) {
    return context.getViewRoot() != null
        ? context.getViewRoot().getLocale()
        : LocaleSelection.DEFAULT;
  }
}
