package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.Map;

/** A {@link Clause} written as a JPQL WHERE clause over alias {@code c}, with its parameters. */
record Condition(String where, Map<String, Object> parameters) {
  static Condition of(Clause clause) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> parameters = new HashMap<>();
    clause.write(where, parameters);
    return new Condition(where.toString(), Map.copyOf(parameters));
  }

  <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * Adds a parameter. Conditions written into one query share their parameter names, and all take
   * their values from the same scope; a name with two values would be a programming error.
   */
  static void put(Map<String, Object> parameters, String name, Object value) {
    Object earlier = parameters.putIfAbsent(name, value);
    if (earlier != null && !earlier.equals(value)) {
      throw new IllegalStateException("parameter " + name + " differs between figures");
    }
  }
}
