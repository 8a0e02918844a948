package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.ACCEPTED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.CLOSED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.DISPATCHED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.FOLLOWED_UP;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.IN_PROGRESS;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.MERGED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.NEW;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.REJECTED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.REPLIED;
import static cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus.RETURNED;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The case status machine: for each status, the actions allowed, the status they lead to, and who
 * may take them. Immutable and thread-safe; services consult it before changing a case.
 *
 * <p>Administrators, leaders and chief service officers appear in no rule: administrators manage
 * accounts, leaders only read, and chief service officers feed cases in through intake.
 */
public final class CaseLifecycle {

  /** The office decides disputes, extensions, reviews and reopening. */
  private static final Set<Role> OFFICE = EnumSet.of(Role.TRIAGE_OFFICER, Role.SUPERVISOR);

  private static final Set<Role> TRIAGE = EnumSet.of(Role.TRIAGE_OFFICER);
  private static final Set<Role> SUPERVISION = EnumSet.of(Role.SUPERVISOR);
  private static final Set<Role> UNIT = EnumSet.of(Role.UNIT_HANDLER);

  private static final Set<Participation> LEAD_ONLY = EnumSet.of(Participation.LEAD_UNIT);
  private static final Set<Participation> LEAD_OR_ASSISTING =
      EnumSet.of(Participation.LEAD_UNIT, Participation.ASSISTING_UNIT);
  private static final Set<Participation> ASSISTING_ONLY = EnumSet.of(Participation.ASSISTING_UNIT);

  private final Map<CaseStatus, Map<CaseAction, Rule>> rules = new EnumMap<>(CaseStatus.class);

  /** Builds the city's transition table. */
  public CaseLifecycle() {
    for (CaseStatus status : CaseStatus.values()) {
      rules.put(status, new EnumMap<>(CaseAction.class));
    }
    // Intake: triage accepts, rejects or merges a duplicate before anything is dispatched.
    byOffice(NEW, CaseAction.ACCEPT, ACCEPTED, TRIAGE);
    byOffice(NEW, CaseAction.REJECT, REJECTED, TRIAGE);
    byOffice(NEW, CaseAction.MERGE, MERGED, TRIAGE);
    byOffice(ACCEPTED, CaseAction.MERGE, MERGED, TRIAGE);
    byOffice(ACCEPTED, CaseAction.DISPATCH, DISPATCHED, TRIAGE);
    // A supervisor may settle a 退单 dispute by insisting on the same unit, so both may redispatch,
    // or refuse the return: the case goes back to the same unit on the same clock.
    byOffice(RETURNED, CaseAction.DISPATCH, DISPATCHED, OFFICE);
    byOffice(RETURNED, CaseAction.REFUSE_RETURN, DISPATCHED, OFFICE);

    byUnit(DISPATCHED, CaseAction.SIGN_FOR, IN_PROGRESS, LEAD_ONLY);
    byUnit(DISPATCHED, CaseAction.RETURN_TO_TRIAGE, RETURNED, LEAD_ONLY);
    // A unit may find out only while working that the case is not theirs.
    byUnit(IN_PROGRESS, CaseAction.RETURN_TO_TRIAGE, RETURNED, LEAD_ONLY);
    byUnit(IN_PROGRESS, CaseAction.RECORD_PROGRESS, IN_PROGRESS, LEAD_OR_ASSISTING);
    byUnit(IN_PROGRESS, CaseAction.ASSIST_OPINION, IN_PROGRESS, ASSISTING_ONLY);
    byUnit(IN_PROGRESS, CaseAction.REQUEST_EXTENSION, IN_PROGRESS, LEAD_ONLY);
    byUnit(IN_PROGRESS, CaseAction.SUBMIT_REPLY, REPLIED, LEAD_ONLY);
    // Whether an extension request is pending is case data, checked by the service, not here.
    byOffice(IN_PROGRESS, CaseAction.APPROVE_EXTENSION, IN_PROGRESS, OFFICE);
    byOffice(IN_PROGRESS, CaseAction.REFUSE_EXTENSION, IN_PROGRESS, OFFICE);

    // Waiting for the writer's supplement (补充材料) pauses the clock; whether the case is waiting
    // already is case data, checked by the service like a pending extension.
    byOfficeOrLead(IN_PROGRESS, CaseAction.AWAIT_WRITER, IN_PROGRESS);
    byOfficeOrLead(IN_PROGRESS, CaseAction.RESUME, IN_PROGRESS);

    byOffice(REPLIED, CaseAction.APPROVE_REPLY_AND_CLOSE, CLOSED, OFFICE);
    byOffice(REPLIED, CaseAction.SEND_REPLY_BACK, IN_PROGRESS, OFFICE);
    byOffice(CLOSED, CaseAction.FOLLOW_UP, FOLLOWED_UP, OFFICE);
    // Reopening goes straight back to the same lead unit, so no new sign-off is needed.
    byOffice(CLOSED, CaseAction.REOPEN, IN_PROGRESS, OFFICE);
    byOffice(FOLLOWED_UP, CaseAction.REOPEN, IN_PROGRESS, OFFICE);

    // Supervision follows the shared notion of an open case so worklists and actions agree.
    for (CaseStatus status : CaseStatus.values()) {
      if (status.isOpen()) {
        byOffice(status, CaseAction.URGE, status, SUPERVISION);
        byOffice(status, CaseAction.ISSUE_SUPERVISION_ORDER, status, SUPERVISION);
        byOffice(status, CaseAction.ISSUE_NOTICE, status, SUPERVISION);
        byOffice(status, CaseAction.RECORD_ACCOUNTABILITY, status, SUPERVISION);
      }
    }
  }

  /**
   * Checks that the actor may take the action on a case in the given status.
   *
   * @param roles all roles of the actor; any one that permits the action suffices
   * @param participation how the actor's unit takes part in the case; {@code NONE} for office staff
   * @return the transition, whose {@code to} is the case's next status
   * @throws IllegalTransitionException if the action is not allowed
   */
  public Transition check(
      CaseStatus from, CaseAction action, Set<Role> roles, Participation participation) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(participation, "participation");
    Rule rule = rules.get(from).get(action);
    if (rule == null) {
      throw new IllegalTransitionException(
          RefusalReason.ACTION_NOT_ALLOWED_IN_STATUS, from, action);
    }
    Optional<RefusalReason> refusal = rule.refusalFor(roles, participation);
    if (refusal.isPresent()) {
      throw new IllegalTransitionException(refusal.get(), from, action);
    }
    return new Transition(from, action, rule.to());
  }

  /** The actions the actor may take on a case in the given status, for showing only those. */
  public Set<CaseAction> allowedActions(
      CaseStatus status, Set<Role> roles, Participation participation) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(participation, "participation");
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    rules
        .get(status)
        .forEach(
            (action, rule) -> {
              if (rule.refusalFor(roles, participation).isEmpty()) {
                allowed.add(action);
              }
            });
    return Collections.unmodifiableSet(allowed);
  }

  /**
   * Whether the action must come with a note explaining it, because someone else must understand
   * the decision ({@link CaseActions}' rows say so).
   */
  public boolean requiresReason(CaseAction action) {
    return CaseActions.of(action).note() == ActionDefinition.NoteKind.REASON;
  }

  private void byOffice(CaseStatus from, CaseAction action, CaseStatus to, Set<Role> roles) {
    add(from, action, new Rule(to, roles, Set.of()));
  }

  private void byUnit(
      CaseStatus from, CaseAction action, CaseStatus to, Set<Participation> participations) {
    add(from, action, new Rule(to, UNIT, participations));
  }

  /** The office, or the lead unit's handlers. */
  private void byOfficeOrLead(CaseStatus from, CaseAction action, CaseStatus to) {
    Set<Role> roles = EnumSet.copyOf(OFFICE);
    roles.addAll(UNIT);
    add(from, action, new Rule(to, roles, LEAD_ONLY));
  }

  private void add(CaseStatus from, CaseAction action, Rule rule) {
    if (rules.get(from).put(action, rule) != null) {
      throw new IllegalStateException("Duplicate rule " + from + " " + action);
    }
  }

  /**
   * One row of the table. {@code unitParticipations} restricts unit handlers only: office roles act
   * on behalf of the whole office and are not tied to a unit on the case.
   */
  private record Rule(CaseStatus to, Set<Role> roles, Set<Participation> unitParticipations) {

    Optional<RefusalReason> refusalFor(Set<Role> actorRoles, Participation participation) {
      boolean viaOfficeRole =
          actorRoles.stream().anyMatch(role -> role != Role.UNIT_HANDLER && roles.contains(role));
      if (viaOfficeRole) {
        return Optional.empty();
      }
      if (!roles.contains(Role.UNIT_HANDLER) || !actorRoles.contains(Role.UNIT_HANDLER)) {
        return Optional.of(RefusalReason.ROLE_NOT_PERMITTED);
      }
      if (unitParticipations.contains(participation)) {
        return Optional.empty();
      }
      if (!unitParticipations.contains(Participation.ASSISTING_UNIT)) {
        return Optional.of(RefusalReason.NOT_THE_LEAD_UNIT);
      }
      return Optional.of(
          unitParticipations.contains(Participation.LEAD_UNIT)
              ? RefusalReason.NOT_A_PARTICIPATING_UNIT
              : RefusalReason.NOT_AN_ASSISTING_UNIT);
    }
  }
}
