package cn.gov.bizenv.portal.rest.errors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a number in a JSON body that the Java property it binds to cannot hold whole: JSON-B cuts
 * {@code "concernedUnitId": 14.5} to 14 and wraps a too-large {@code int} silently, so the body is
 * checked against the target type before it is bound and the first such property is named.
 */
final class WholeNumberFields {
  /** A property whose number is not whole, or out of its type's range. */
  record Defect(String path, boolean fractional) {}

  private WholeNumberFields() {}

  static Optional<Defect> firstDefect(JsonValue value, Type target) {
    return check(value, target, "");
  }

  private static Optional<Defect> check(JsonValue value, Type target, String path) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    Class<?> raw = rawClass(target);
    if (raw == null) {
      return Optional.empty();
    }
    if (value instanceof JsonNumber number) {
      return numberDefect(number, raw, path);
    }
    if (value instanceof JsonArray array) {
      Type element = elementType(target, raw);
      for (int i = 0; i < array.size() && element != null; i++) {
        Optional<Defect> defect = check(array.get(i), element, path + "[" + i + "]");
        if (defect.isPresent()) {
          return defect;
        }
      }
      return Optional.empty();
    }
    if (value instanceof JsonObject object && !Map.class.isAssignableFrom(raw)) {
      for (Map.Entry<String, Type> property : properties(raw).entrySet()) {
        String name = property.getKey();
        Optional<Defect> defect =
            check(object.get(name), property.getValue(), path.isEmpty() ? name : path + "." + name);
        if (defect.isPresent()) {
          return defect;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Defect> numberDefect(JsonNumber number, Class<?> type, String path) {
    long min;
    long max;
    if (type == int.class || type == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (type == long.class || type == Long.class) {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    } else if (type == short.class || type == Short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else {
      return Optional.empty();
    }
    // Compared as decimals: 14.0 is whole, and 1e999999999 must not be expanded into an integer.
    BigDecimal value = number.bigDecimalValue();
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return Optional.of(new Defect(path, true));
    }
    boolean inRange =
        value.compareTo(BigDecimal.valueOf(min)) >= 0
            && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    return inRange ? Optional.empty() : Optional.of(new Defect(path, false));
  }

  /** The JSON names of a record's components or a class's fields, with their declared types. */
  private static Map<String, Type> properties(Class<?> type) {
    Map<String, Type> properties = new java.util.LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
        properties.put(jsonName(component.getName(), renamed), component.getGenericType());
      }
      return properties;
    }
    if (type.getName().startsWith("java.") || type.isEnum() || type.isPrimitive()) {
      return properties;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Modifier.isTransient(field.getModifiers())) {
          properties.putIfAbsent(
              jsonName(field.getName(), field.getAnnotation(JsonbProperty.class)),
              field.getGenericType());
        }
      }
    }
    return properties;
  }

  private static String jsonName(String javaName, JsonbProperty renamed) {
    return renamed == null || renamed.value().isEmpty() ? javaName : renamed.value();
  }

  private static Type elementType(Type target, Class<?> raw) {
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    if (Collection.class.isAssignableFrom(raw) && target instanceof ParameterizedType generic) {
      return generic.getActualTypeArguments()[0];
    }
    return null;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
