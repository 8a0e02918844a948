package cn.gov.bizenv.casetracking.domain.model.casefile;

/**
 * Where a case came from (来源). The code is the two letters used in tracking numbers; display names
 * live in the message bundles under {@code channel.<NAME>}.
 */
public enum Channel {
  /** 问题线索 from the "Internet + business environment + supervision" platform. */
  PROBLEM_LEAD("WT"),
  /** 网民留言. */
  NETIZEN_MESSAGE("LY"),
  /** 市长信箱. */
  MAYOR_MAILBOX("XX"),
  /** 人大代表建议. */
  DEPUTY_SUGGESTION("JY"),
  /** 政协委员提案. */
  CPPCC_PROPOSAL("TA"),
  /** 损害营商环境投诉. */
  BUSINESS_ENVIRONMENT_COMPLAINT("TS"),
  /** 企业诉求, logged by a chief service officer. */
  FIRM_REQUEST("SQ"),
  /** 观察员反映. */
  OBSERVER_REPORT("GC"),
  /** 上级交办, imported in batches. */
  ASSIGNED_BY_HIGHER_AUTHORITY("JB");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
