package cn.gov.bizenv.chiefservice.domain.model.firm;

/** A firm's id with its current officer's, or null when it has none: what a push needs to know. */
public record FirmOfficer(long firmId, Long officerId) {}
