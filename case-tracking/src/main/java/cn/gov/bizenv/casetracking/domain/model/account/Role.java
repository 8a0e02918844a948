package cn.gov.bizenv.casetracking.domain.model.account;

/**
 * The portal's roles. Citizens and firms write anonymously and hold no role. The enum names are the
 * security group names used by {@code @RolesAllowed} and {@code web.xml}; {@link Names} repeats
 * them as constants because annotations need compile-time strings.
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
