package cn.gov.bizenv.chiefservice.application.assignments;

import java.util.List;

/**
 * One thing wrong with an imported row: the column, and the message key and arguments that say what
 * (the credit-code messages explain the exact character at fault).
 */
public record ImportProblem(String column, String messageKey, List<Object> arguments) {
  public ImportProblem {
    arguments = List.copyOf(arguments);
  }
}
