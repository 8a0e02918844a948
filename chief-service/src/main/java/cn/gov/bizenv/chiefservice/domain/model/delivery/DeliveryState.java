package cn.gov.bizenv.chiefservice.domain.model.delivery;

/** Where a pushed policy stands with one firm; declared in the only order they may be reached. */
public enum DeliveryState {
  /** 已推送: the system matched the firm and pushed the policy. */
  PUSHED,
  /** 已送达: the firm's officer (服务专员) delivered it to the firm. */
  DELIVERED,
  /** 已知晓: the firm acknowledged it. */
  ACKNOWLEDGED,
  /** 已申报: the firm applied; never for application-free (免申即享) policies. */
  APPLIED,
  /** 已兑现: the benefit reached the firm. Final. */
  REDEEMED
}
