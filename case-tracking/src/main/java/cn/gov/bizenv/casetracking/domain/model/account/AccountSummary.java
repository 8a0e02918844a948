package cn.gov.bizenv.casetracking.domain.model.account;

/**
 * An account's name and unit without its password or roles, read in one query for lists.
 *
 * @param active whether the account can sign in (it and its unit are active)
 */
public record AccountSummary(
    long id, String username, String displayName, long unitId, String unitName, boolean active) {}
