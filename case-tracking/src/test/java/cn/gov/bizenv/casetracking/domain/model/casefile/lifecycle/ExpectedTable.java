package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The city's transition rules written out by hand, independently of {@link CaseLifecycle}, so that
 * the tests compare two separate statements of the rules instead of the production table with
 * itself.
 */
final class ExpectedTable {

  /*
   * who: T = triage officer, S = supervisor,
   *      L = unit handler of the lead unit, A = unit handler of an assisting unit.
   */
  private static final String TABLE =
      """
      NEW          ACCEPT                   ACCEPTED     T
      NEW          REJECT                   REJECTED     T
      NEW          MERGE                    MERGED       T
      ACCEPTED     MERGE                    MERGED       T
      ACCEPTED     DISPATCH                 DISPATCHED   T
      RETURNED     DISPATCH                 DISPATCHED   TS
      RETURNED     REFUSE_RETURN            DISPATCHED   TS
      DISPATCHED   SIGN_FOR                 IN_PROGRESS  L
      DISPATCHED   RETURN_TO_TRIAGE         RETURNED     L
      IN_PROGRESS  RETURN_TO_TRIAGE         RETURNED     L
      IN_PROGRESS  RECORD_PROGRESS          IN_PROGRESS  LA
      IN_PROGRESS  ASSIST_OPINION           IN_PROGRESS  A
      IN_PROGRESS  REQUEST_EXTENSION        IN_PROGRESS  L
      IN_PROGRESS  APPROVE_EXTENSION        IN_PROGRESS  TS
      IN_PROGRESS  REFUSE_EXTENSION         IN_PROGRESS  TS
      IN_PROGRESS  SUBMIT_REPLY             REPLIED      L
      IN_PROGRESS  AWAIT_WRITER             IN_PROGRESS  TSL
      IN_PROGRESS  RESUME                   IN_PROGRESS  TSL
      REPLIED      APPROVE_REPLY_AND_CLOSE  CLOSED       TS
      REPLIED      SEND_REPLY_BACK          IN_PROGRESS  TS
      CLOSED       FOLLOW_UP                FOLLOWED_UP  TS
      CLOSED       REOPEN                   IN_PROGRESS  TS
      FOLLOWED_UP  REOPEN                   IN_PROGRESS  TS
      NEW          URGE                     NEW          S
      NEW          ISSUE_SUPERVISION_ORDER  NEW          S
      NEW          ISSUE_NOTICE             NEW          S
      NEW          RECORD_ACCOUNTABILITY    NEW          S
      ACCEPTED     URGE                     ACCEPTED     S
      ACCEPTED     ISSUE_SUPERVISION_ORDER  ACCEPTED     S
      ACCEPTED     ISSUE_NOTICE             ACCEPTED     S
      ACCEPTED     RECORD_ACCOUNTABILITY    ACCEPTED     S
      DISPATCHED   URGE                     DISPATCHED   S
      DISPATCHED   ISSUE_SUPERVISION_ORDER  DISPATCHED   S
      DISPATCHED   ISSUE_NOTICE             DISPATCHED   S
      DISPATCHED   RECORD_ACCOUNTABILITY    DISPATCHED   S
      RETURNED     URGE                     RETURNED     S
      RETURNED     ISSUE_SUPERVISION_ORDER  RETURNED     S
      RETURNED     ISSUE_NOTICE             RETURNED     S
      RETURNED     RECORD_ACCOUNTABILITY    RETURNED     S
      IN_PROGRESS  URGE                     IN_PROGRESS  S
      IN_PROGRESS  ISSUE_SUPERVISION_ORDER  IN_PROGRESS  S
      IN_PROGRESS  ISSUE_NOTICE             IN_PROGRESS  S
      IN_PROGRESS  RECORD_ACCOUNTABILITY    IN_PROGRESS  S
      REPLIED      URGE                     REPLIED      S
      REPLIED      ISSUE_SUPERVISION_ORDER  REPLIED      S
      REPLIED      ISSUE_NOTICE             REPLIED      S
      REPLIED      RECORD_ACCOUNTABILITY    REPLIED      S
      """;

  /** One expected row: the target status and who may act. */
  record Row(CaseStatus to, String who) {}

  /** The expected result of one check: a target status or a refusal reason, never both. */
  record Outcome(CaseStatus to, RefusalReason refusal) {
    static Outcome allowed(CaseStatus to) {
      return new Outcome(to, null);
    }

    static Outcome refused(RefusalReason refusal) {
      return new Outcome(null, refusal);
    }

    boolean isAllowed() {
      return refusal == null;
    }
  }

  private static final Map<CaseStatus, Map<CaseAction, Row>> ROWS = parse();

  private ExpectedTable() {}

  static int rowCount() {
    return ROWS.values().stream().mapToInt(Map::size).sum();
  }

  static Optional<Row> row(CaseStatus from, CaseAction action) {
    return Optional.ofNullable(ROWS.get(from).get(action));
  }

  /** The expected outcome for an actor holding exactly one role. */
  static Outcome outcome(
      CaseStatus from, CaseAction action, Role role, Participation participation) {
    Optional<Row> row = row(from, action);
    if (row.isEmpty()) {
      return Outcome.refused(RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS);
    }
    String who = row.get().who();
    CaseStatus to = row.get().to();
    switch (role) {
      case TRIAGE_OFFICER:
        return who.contains("T") ? Outcome.allowed(to) : refusedRole();
      case SUPERVISOR:
        return who.contains("S") ? Outcome.allowed(to) : refusedRole();
      case UNIT_HANDLER:
        boolean leadMay = who.contains("L");
        boolean assistingMay = who.contains("A");
        if (!leadMay && !assistingMay) {
          return refusedRole();
        }
        if (participation == Participation.LEAD_UNIT && leadMay
            || participation == Participation.ASSISTING_UNIT && assistingMay) {
          return Outcome.allowed(to);
        }
        if (!assistingMay) {
          return Outcome.refused(RefusalReason.NOT_THE_LEAD_UNIT);
        }
        return Outcome.refused(
            leadMay ? RefusalReason.NOT_A_PARTICIPATING_UNIT : RefusalReason.NOT_AN_ASSISTING_UNIT);
      default:
        // Leaders, chief service officers and administrators take no lifecycle actions.
        return refusedRole();
    }
  }

  /**
   * The expected outcome for an actor holding several roles: allowed if any single role allows;
   * otherwise the unit-handler reason when that role was relevant, else a role refusal.
   */
  static Outcome outcome(
      CaseStatus from, CaseAction action, Set<Role> roles, Participation participation) {
    Optional<Row> row = row(from, action);
    if (row.isEmpty()) {
      return Outcome.refused(RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS);
    }
    for (Role role : roles) {
      Outcome single = outcome(from, action, role, participation);
      if (single.isAllowed()) {
        return single;
      }
    }
    if (roles.contains(Role.UNIT_HANDLER)) {
      return outcome(from, action, Role.UNIT_HANDLER, participation);
    }
    return refusedRole();
  }

  /** The expected allowed actions for an actor with the given roles. */
  static Set<CaseAction> allowed(CaseStatus status, Set<Role> roles, Participation participation) {
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    for (CaseAction action : CaseAction.values()) {
      if (outcome(status, action, roles, participation).isAllowed()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  private static Outcome refusedRole() {
    return Outcome.refused(RefusalReason.ROLE_NOT_PERMITTED);
  }

  private static Map<CaseStatus, Map<CaseAction, Row>> parse() {
    Map<CaseStatus, Map<CaseAction, Row>> rows = new EnumMap<>(CaseStatus.class);
    for (CaseStatus status : CaseStatus.values()) {
      rows.put(status, new EnumMap<>(CaseAction.class));
    }
    for (String line : TABLE.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      if (cells.length != 4 || !cells[3].matches("[TSLA]+")) {
        throw new IllegalStateException("Bad expectation row: " + line);
      }
      CaseStatus from = CaseStatus.valueOf(cells[0]);
      CaseAction action = CaseAction.valueOf(cells[1]);
      Row previous = rows.get(from).put(action, new Row(CaseStatus.valueOf(cells[2]), cells[3]));
      if (previous != null) {
        throw new IllegalStateException("Duplicate expectation row: " + line);
      }
    }
    return rows;
  }
}
