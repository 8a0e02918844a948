package cn.gov.bizenv.chiefservice.domain.model.delivery;

/**
 * Filters for delivery lists; null means "any". {@code visibleToOfficer} is set by the application
 * for officers, who see the deliveries of their own firms only.
 */
public record DeliveryCriteria(
    Long policyId, Long firmId, DeliveryState state, Long officerId, Long visibleToOfficer) {

  public static DeliveryCriteria any() {
    return new DeliveryCriteria(null, null, null, null, null);
  }

  public DeliveryCriteria restrictedToOfficer(long officer) {
    return new DeliveryCriteria(policyId, firmId, state, officerId, officer);
  }
}
