package cn.gov.bizenv.chiefservice.domain.model.firm;

/**
 * A firm's size class under the national classification of large, medium, small and micro firms.
 */
public enum FirmSize {
  /** 大型. */
  LARGE,
  /** 中型. */
  MEDIUM,
  /** 小型. */
  SMALL,
  /** 微型. */
  MICRO
}
