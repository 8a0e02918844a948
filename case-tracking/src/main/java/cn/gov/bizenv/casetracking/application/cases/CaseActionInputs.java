package cn.gov.bizenv.casetracking.application.cases;

import static cn.gov.bizenv.casetracking.application.cases.CaseActionInputs.Need.OPTIONAL;
import static cn.gov.bizenv.casetracking.application.cases.CaseActionInputs.Need.REQUIRED;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseLifecycle;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which inputs each case action needs, may take, or must not carry. The service validates commands
 * against this table and the detail page shows exactly these inputs, so both always agree.
 */
public final class CaseActionInputs {

  /** The optional inputs of {@link CaseActionCommand}, named as its fields. */
  public enum Input {
    NOTE("note"),
    LEAD_UNIT("leadUnitId"),
    ASSISTING_UNITS("assistingUnitIds"),
    OUTCOME("outcome"),
    SATISFACTION("satisfaction"),
    EXTENSION_DAYS("extensionDays"),
    MERGE_INTO("mergeIntoCaseId"),
    REPLY("reply");

    private final String field;

    Input(String field) {
      this.field = field;
    }

    /** The command field, which is also the input's id on pages and the name in API errors. */
    public String field() {
      return field;
    }
  }

  /** Whether an input must be given or may be. Inputs not listed for an action must be absent. */
  public enum Need {
    REQUIRED,
    OPTIONAL
  }

  private static final CaseLifecycle LIFECYCLE = new CaseLifecycle();

  /** Actions whose note is their substance: a progress note or an order says nothing without it. */
  private static final Set<CaseAction> CONTENT_REQUIRED =
      EnumSet.of(
          CaseAction.RECORD_PROGRESS,
          CaseAction.REQUEST_EXTENSION,
          CaseAction.AWAIT_WRITER,
          CaseAction.ISSUE_SUPERVISION_ORDER,
          CaseAction.ISSUE_NOTICE,
          CaseAction.RECORD_ACCOUNTABILITY);

  private static final Map<CaseAction, Map<Input, Need>> TABLE = new EnumMap<>(CaseAction.class);

  static {
    for (CaseAction action : CaseAction.values()) {
      Map<Input, Need> inputs = new EnumMap<>(Input.class);
      // The reply is its own note on the timeline; everything else may be explained.
      if (action == CaseAction.SUBMIT_REPLY) {
        inputs.put(Input.REPLY, REQUIRED);
      } else {
        boolean noteRequired =
            LIFECYCLE.requiresReason(action) || CONTENT_REQUIRED.contains(action);
        inputs.put(Input.NOTE, noteRequired ? REQUIRED : OPTIONAL);
      }
      switch (action) {
        case DISPATCH -> {
          inputs.put(Input.LEAD_UNIT, REQUIRED);
          inputs.put(Input.ASSISTING_UNITS, OPTIONAL);
        }
        case REQUEST_EXTENSION -> inputs.put(Input.EXTENSION_DAYS, REQUIRED);
        case APPROVE_REPLY_AND_CLOSE -> inputs.put(Input.OUTCOME, REQUIRED);
        case FOLLOW_UP -> inputs.put(Input.SATISFACTION, REQUIRED);
        case MERGE -> inputs.put(Input.MERGE_INTO, REQUIRED);
        default -> {
          // the note alone
        }
      }
      TABLE.put(action, Collections.unmodifiableMap(inputs));
    }
  }

  private CaseActionInputs() {}

  /** The inputs the action takes, in the order a form shows them. */
  public static Map<Input, Need> of(CaseAction action) {
    return TABLE.get(Objects.requireNonNull(action, "action"));
  }

  /**
   * Whether the action's note is a reason given to someone else (a refusal, a return, a request),
   * as opposed to a description or an optional remark; pages label it accordingly.
   */
  public static boolean noteIsReason(CaseAction action) {
    return LIFECYCLE.requiresReason(action) || action == CaseAction.REQUEST_EXTENSION;
  }

  /**
   * The violations of the command against its action's row, sorted by field; empty when it fits.
   * Blank text counts as absent. Whether units and cases exist is for the service to check.
   */
  public static List<FieldViolation> check(CaseActionCommand command) {
    CaseAction action = Objects.requireNonNull(command.action(), "action");
    Map<Input, Need> inputs = of(action);
    List<FieldViolation> violations = new ArrayList<>();
    for (Input input : Input.values()) {
      boolean given = isGiven(input, command);
      Need need = inputs.get(input);
      if (need == null && given) {
        violations.add(violation(input, "handling.notApplicable", Map.of()));
      } else if (need == REQUIRED && !given) {
        String key =
            input == Input.NOTE
                ? (noteIsReason(action) ? "handling.reason.required" : "handling.note.required")
                : "handling." + input.field() + ".required";
        violations.add(violation(input, key, Map.of()));
      }
    }
    if (inputs.containsKey(Input.EXTENSION_DAYS) && command.extensionDays() != null) {
      int days = command.extensionDays();
      if (days < 1 || days > CaseFile.MAX_EXTENSION_DAYS) {
        violations.add(
            violation(
                Input.EXTENSION_DAYS,
                "handling.extensionDays.range",
                Map.of("min", 1, "max", CaseFile.MAX_EXTENSION_DAYS)));
      }
    }
    if (inputs.containsKey(Input.ASSISTING_UNITS) && command.assistingUnitIds() != null) {
      List<Long> assisting = command.assistingUnitIds();
      if (new HashSet<>(assisting).size() < assisting.size()) {
        violations.add(
            violation(Input.ASSISTING_UNITS, "handling.assistingUnitIds.duplicate", Map.of()));
      } else if (command.leadUnitId() != null && assisting.contains(command.leadUnitId())) {
        violations.add(
            violation(Input.ASSISTING_UNITS, "handling.assistingUnitIds.includesLead", Map.of()));
      }
    }
    violations.sort(Comparator.comparing(FieldViolation::field));
    return List.copyOf(violations);
  }

  private static boolean isGiven(Input input, CaseActionCommand command) {
    return switch (input) {
      case NOTE -> command.note() != null && !command.note().isBlank();
      case LEAD_UNIT -> command.leadUnitId() != null;
      case ASSISTING_UNITS ->
          command.assistingUnitIds() != null && !command.assistingUnitIds().isEmpty();
      case OUTCOME -> command.outcome() != null;
      case SATISFACTION -> command.satisfaction() != null;
      case EXTENSION_DAYS -> command.extensionDays() != null;
      case MERGE_INTO -> command.mergeIntoCaseId() != null;
      case REPLY -> command.reply() != null && !command.reply().isBlank();
    };
  }

  private static FieldViolation violation(Input input, String key, Map<String, Object> attributes) {
    return new FieldViolation(input.field(), key, attributes);
  }
}
