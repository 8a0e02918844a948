package cn.gov.bizenv.casetracking.application.directory;

/**
 * A chief service officer (首席服务员): an account with that role, in their own unit.
 *
 * @param id the account's id, by which chief service records assignments
 * @param active whether the officer can still sign in and take firms
 */
public record OfficerView(
    long id, String username, String displayName, long unitId, String unitName, boolean active) {}
