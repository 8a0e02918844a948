package cn.gov.bizenv.chiefservice.application.coverage;

/**
 * Reach and take-up of one group of deliveries (a policy, a district or an officer): how many were
 * pushed and how many got to each step. Rates are in percent of the pushed ones.
 */
public record ReachRow(
    Long id,
    String label,
    long pushed,
    long delivered,
    long acknowledged,
    long applied,
    long redeemed) {

  public int deliveredRate() {
    return rate(delivered);
  }

  public int acknowledgedRate() {
    return rate(acknowledged);
  }

  public int redeemedRate() {
    return rate(redeemed);
  }

  private int rate(long count) {
    return pushed == 0 ? 0 : (int) Math.round(100.0 * count / pushed);
  }
}
