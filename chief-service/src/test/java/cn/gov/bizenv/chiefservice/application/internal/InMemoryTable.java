package cn.gov.bizenv.chiefservice.application.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The rows of one fake repository: entities by id, in the order added, ids as the database's. */
public final class InMemoryTable<T> {
  private final Map<Long, T> rows = new LinkedHashMap<>();

  public T add(T entity) {
    long id = rows.size() + 1L;
    rows.put(id, Persisted.withId(entity, id));
    return entity;
  }

  public Optional<T> find(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  public Stream<T> rows() {
    return rows.values().stream();
  }

  public int size() {
    return rows.size();
  }
}
