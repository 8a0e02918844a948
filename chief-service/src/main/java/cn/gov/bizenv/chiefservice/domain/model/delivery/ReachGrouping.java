package cn.gov.bizenv.chiefservice.domain.model.delivery;

/** What a reach report groups deliveries by. */
public enum ReachGrouping {
  POLICY,
  /** The firm's district. */
  DISTRICT,
  /** The firm's current officer. */
  OFFICER
}
