package cn.gov.bizenv.casetracking.application.shared;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What Bean Validation does not see in the text of a command (a record, and the records and lists
 * of records inside it), checked for every command at the service boundary so that no entry point
 * can forget it:
 *
 * <ul>
 *   <li>C0 control characters other than tab, line feed and carriage return (a browser sends a line
 *       break as CR LF) are refused, naming the field: they break the separators the portal stores
 *       lists with, and PostgreSQL cannot store U+0000 at all.
 *   <li>a {@code @NotBlank} text made only of Unicode spaces (such as the ideographic space U+3000,
 *       which {@code String.trim} keeps) is blank: Bean Validation's check counts only ASCII
 *       spaces.
 * </ul>
 */
final class TextScreening {
  static final String CONTROL_CHARACTER = "input.controlCharacter";
  private static final int MAX_DEPTH = 4;

  private TextScreening() {}

  static List<FieldViolation> violations(Object command) {
    List<FieldViolation> found = new ArrayList<>();
    screen(command, "", found, 0);
    return found;
  }

  private static void screen(Object value, String path, List<FieldViolation> found, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        screen(item, path + "[" + index++ + "]", found, depth + 1);
      }
      return;
    }
    if (!value.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
      Object content = read(component, value);
      if (content instanceof String text) {
        if (hasControlCharacter(text)) {
          found.add(new FieldViolation(field, CONTROL_CHARACTER, Map.of()));
        }
        NotBlank notBlank = component.getAccessor().getAnnotation(NotBlank.class);
        if (notBlank == null) {
          notBlank = fieldAnnotation(value.getClass(), component.getName());
        }
        if (notBlank != null && !text.trim().isEmpty() && isBlank(text)) {
          found.add(new FieldViolation(field, key(notBlank.message()), Map.of()));
        }
      } else {
        screen(content, field, found, depth + 1);
      }
    }
  }

  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /** Blank in Unicode's sense: only white space and space separators (U+3000, U+00A0, ...). */
  static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
  }

  private static NotBlank fieldAnnotation(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name).getAnnotation(NotBlank.class);
    } catch (NoSuchFieldException none) {
      return null;
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      return null;
    }
  }

  private static String key(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }
}
