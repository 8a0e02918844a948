package cn.gov.bizenv.chiefservice.application.firms;

import java.util.List;

/**
 * The answer to "is this a valid unified social credit code?": the normalised code when it is, and
 * otherwise the message key and arguments that explain what is wrong.
 */
public record CreditCodeCheck(
    boolean valid, String normalised, String messageKey, List<Object> arguments) {
  public CreditCodeCheck {
    arguments = List.copyOf(arguments);
  }
}
