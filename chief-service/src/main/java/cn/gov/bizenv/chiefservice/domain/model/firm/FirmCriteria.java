package cn.gov.bizenv.chiefservice.domain.model.firm;

import java.time.LocalDate;

/**
 * Filters for firm lists; null means "any". {@code visibleToOfficer} is set by the application for
 * officers, who see only their own firms, and cannot be chosen by the caller.
 *
 * @param text part of the name or the credit code
 * @param withoutOfficer {@code true}: only firms no officer serves (the coverage gap)
 * @param officerId only the firms of this officer
 * @param dueBefore only firms whose next visit was due before this day (overdue on it)
 */
public record FirmCriteria(
    String text,
    String industryCode,
    Long districtId,
    FirmSize size,
    Boolean keyProject,
    Boolean withoutOfficer,
    Long officerId,
    LocalDate dueBefore,
    Long visibleToOfficer) {

  public static FirmCriteria any() {
    return new FirmCriteria(null, null, null, null, null, null, null, null, null);
  }

  public static FirmCriteria ofOfficer(long officerId) {
    return any().restrictedToOfficer(officerId);
  }

  public FirmCriteria restrictedToOfficer(long officer) {
    return new FirmCriteria(
        text,
        industryCode,
        districtId,
        size,
        keyProject,
        withoutOfficer,
        officerId,
        dueBefore,
        officer);
  }

  public FirmCriteria overdueOn(LocalDate today) {
    return new FirmCriteria(
        text,
        industryCode,
        districtId,
        size,
        keyProject,
        withoutOfficer,
        officerId,
        today,
        visibleToOfficer);
  }
}
