package cn.gov.bizenv.casetracking.application.triage;

import java.io.Serializable;
import java.util.Map;

/**
 * Why a suggestion was made, as a message key and its arguments (counts, category and unit names):
 * the page or the API words it in the reader's language, as it does a refused field.
 */
public record SuggestionReason(String key, Map<String, Object> arguments) implements Serializable {
  public SuggestionReason {
    arguments = Map.copyOf(arguments);
  }
}
