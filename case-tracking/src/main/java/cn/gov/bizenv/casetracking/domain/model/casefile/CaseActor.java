package cn.gov.bizenv.casetracking.domain.model.casefile;

/**
 * Who recorded a case or took a step on its timeline: a person's username, or one of the portal's
 * own actors that no account stands for.
 */
public enum CaseActor {
  /** A signed-in person; the actor is their username. */
  PERSON,
  /** The portal itself: the supervision sweep's steps. */
  SYSTEM,
  /** The writer, through the public mailbox or an Open311 client. */
  WRITER;

  /** The supervision sweep's actor. */
  public static final String SYSTEM_ACTOR = "system";

  /** The public mailbox's writer. */
  public static final String PUBLIC_WRITER = "public";

  /** Open311 reporters are recorded as this prefix and the client's API key id. */
  public static final String OPEN311_PREFIX = "open311:";

  /** The kind of the recorded actor. */
  public static CaseActor of(String actor) {
    if (SYSTEM_ACTOR.equals(actor)) {
      return SYSTEM;
    }
    if (PUBLIC_WRITER.equals(actor) || (actor != null && actor.startsWith(OPEN311_PREFIX))) {
      return WRITER;
    }
    return PERSON;
  }
}
