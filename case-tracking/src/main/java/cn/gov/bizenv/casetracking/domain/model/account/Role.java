package cn.gov.bizenv.casetracking.domain.model.account;

/**
 * The portal's roles. Citizens and firms write anonymously and hold no role. The enum names are the
 * security group names used by {@code @RolesAllowed} and {@code web.xml}; {@link Names} repeats
 * them as constants because annotations need compile-time strings.
 *
 * <p>What every signed-in person may use (the unit and category directories, the working-day
 * calendar, time limits and deadlines, their own notifications, the credit-code check) names all
 * six roles in its {@code @RolesAllowed}, on the REST resource and on the service behind it. There
 * is no shorter form that keeps the rule: an annotation takes no array constant, and the
 * container's {@code "**"} (any authenticated caller) would also admit an account that holds none
 * of these roles. A new role is therefore added to each of those lists by hand (they are the
 * {@code @RolesAllowed} that name both {@code UNIT_HANDLER} and {@code CHIEF_SERVICE_OFFICER}).
 */
public enum Role {
  TRIAGE_OFFICER,
  UNIT_HANDLER,
  SUPERVISOR,
  CHIEF_SERVICE_OFFICER,
  LEADER,
  ADMINISTRATOR;

  /** Role names as constants for security annotations. */
  public static final class Names {
    public static final String TRIAGE_OFFICER = "TRIAGE_OFFICER";
    public static final String UNIT_HANDLER = "UNIT_HANDLER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String CHIEF_SERVICE_OFFICER = "CHIEF_SERVICE_OFFICER";
    public static final String LEADER = "LEADER";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Names() {}
  }
}
