package cn.gov.bizenv.casetracking.domain.model.account;

/**
 * What the administrator's account list is filtered by; null means any.
 *
 * @param text part of the username or of the person's name
 */
public record AccountCriteria(String text, Long unitId, Role role, Boolean active) {
  public static AccountCriteria any() {
    return new AccountCriteria(null, null, null, null);
  }
}
