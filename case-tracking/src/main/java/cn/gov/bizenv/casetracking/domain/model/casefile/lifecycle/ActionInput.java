package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

/**
 * The inputs a case action may take besides the action itself, named as the fields of the command
 * that carries them: the name is also the input's id on pages and the field in API errors.
 */
public enum ActionInput {
  NOTE("note"),
  LEAD_UNIT("leadUnitId"),
  ASSISTING_UNITS("assistingUnitIds"),
  OUTCOME("outcome"),
  SATISFACTION("satisfaction"),
  EXTENSION_DAYS("extensionDays"),
  MERGE_INTO("mergeIntoCaseId"),
  REPLY("reply");

  /** Whether an action must be given the input or may be. Inputs not listed must be absent. */
  public enum Need {
    REQUIRED,
    OPTIONAL
  }

  private final String field;

  ActionInput(String field) {
    this.field = field;
  }

  /** The command field that carries the input. */
  public String field() {
    return field;
  }
}
