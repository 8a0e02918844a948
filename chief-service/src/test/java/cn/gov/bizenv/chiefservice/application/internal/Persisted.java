package cn.gov.bizenv.chiefservice.application.internal;

import java.lang.reflect.Field;

/** Gives entities kept by in-memory repositories the id and version the database would. */
public final class Persisted {
  private Persisted() {}

  public static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  /** What a flush does to a changed entity: its version moves on. */
  public static void saved(Object entity, long version) {
    set(entity, "version", version);
  }

  private static void set(Object entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
