package cn.gov.bizenv.chiefservice.application.policies;

/**
 * What a push did: firms matched, deliveries created, firms skipped because an earlier push already
 * reached them, and new deliveries that wait for the firm to get an officer.
 */
public record PushOutcome(int matched, int created, int alreadyReached, int withoutOfficer) {}
