package cn.gov.bizenv.casetracking.application.directory;

/**
 * Fired when an administrator changes an account (roles, unit, password, state), so that whatever
 * remembers a verified sign-in for it forgets it once the change is committed.
 */
public record AccountChanged(String username) {}
