package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A condition on one case, kept as data so that a figure's definition is written once and read two
 * ways: as a JPQL WHERE clause over alias {@code c} for the queries, and by the tests on cases held
 * in memory. There is no negation (NOT IN and {@code <>} are operators), so a clause is true
 * exactly when SQL finds it true if a comparison with NULL is read as false.
 */
sealed interface Clause {
  /** Writes the clause as JPQL and collects its parameters, which must not clash by name. */
  void write(StringBuilder jpql, Map<String, Object> parameters);

  /** What a case attribute is compared with. */
  sealed interface Operand permits Parameter, Literal, CaseAttribute {
    void write(StringBuilder jpql, Map<String, Object> parameters);
  }

  /** A named value; report queries write it into the SQL (see {@link ReportQueries}). */
  record Parameter(String name, Object value) implements Operand {
    @Override
    public void write(StringBuilder jpql, Map<String, Object> parameters) {
      jpql.append(':').append(name);
      Condition.put(parameters, name, value);
    }
  }

  /** A number written in the JPQL itself. */
  record Literal(int value) implements Operand {
    @Override
    public void write(StringBuilder jpql, Map<String, Object> parameters) {
      jpql.append(value);
    }
  }

  enum Operator {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS_THAN("<"),
    AT_MOST("<="),
    GREATER_THAN(">"),
    AT_LEAST(">="),
    IN("in"),
    NOT_IN("not in"),
    LIKE("like");

    private final String jpql;

    Operator(String jpql) {
      this.jpql = jpql;
    }
  }

  record Comparison(CaseAttribute attribute, Operator operator, Operand operand) implements Clause {
    @Override
    public void write(StringBuilder jpql, Map<String, Object> parameters) {
      jpql.append(attribute.path()).append(' ').append(operator.jpql).append(' ');
      operand.write(jpql, parameters);
    }
  }

  record NullTest(CaseAttribute attribute, boolean isNull) implements Clause {
    @Override
    public void write(StringBuilder jpql, Map<String, Object> parameters) {
      jpql.append(attribute.path()).append(isNull ? " is null" : " is not null");
    }
  }

  record AllOf(List<Clause> clauses) implements Clause {
    @Override
    public void write(StringBuilder jpql, Map<String, Object> parameters) {
      for (int i = 0; i < clauses.size(); i++) {
        jpql.append(i == 0 ? "" : " and ");
        clauses.get(i).write(jpql, parameters);
      }
    }
  }

  record AnyOf(List<Clause> clauses) implements Clause {
    @Override
    public void write(StringBuilder jpql, Map<String, Object> parameters) {
      jpql.append('(');
      for (int i = 0; i < clauses.size(); i++) {
        jpql.append(i == 0 ? "" : " or ");
        // AND binds tighter than OR, but the parentheses say so to the reader of the query log.
        boolean group = clauses.get(i) instanceof AllOf;
        jpql.append(group ? "(" : "");
        clauses.get(i).write(jpql, parameters);
        jpql.append(group ? ")" : "");
      }
      jpql.append(')');
    }
  }

  /** The clauses that are not null, all of which must hold; a single one stands for itself. */
  static Clause allOf(Clause... clauses) {
    List<Clause> present = Arrays.stream(clauses).filter(Objects::nonNull).toList();
    if (present.isEmpty()) {
      throw new IllegalArgumentException("no clause");
    }
    return present.size() == 1 ? present.get(0) : new AllOf(present);
  }

  static Clause anyOf(Clause... clauses) {
    return new AnyOf(List.of(clauses));
  }
}
