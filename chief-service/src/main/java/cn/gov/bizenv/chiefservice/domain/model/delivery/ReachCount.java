package cn.gov.bizenv.chiefservice.domain.model.delivery;

/**
 * How far a group of deliveries got: how many were pushed and how many reached each later step.
 *
 * @param key the group: a policy id, a district (unit) id or an officer (account) id; null for
 *     firms without an officer
 */
public record ReachCount(
    Long key, long pushed, long delivered, long acknowledged, long applied, long redeemed) {}
