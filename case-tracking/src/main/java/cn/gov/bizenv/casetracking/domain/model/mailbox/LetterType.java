package cn.gov.bizenv.casetracking.domain.model.mailbox;

/** What a letter to the mayor is; display names live in the bundles under {@code letterType.*}. */
public enum LetterType {
  /** 咨询. */
  INQUIRY,
  /** 建议. */
  SUGGESTION,
  /** 投诉. */
  COMPLAINT,
  /** 求助. */
  REQUEST_FOR_HELP,
  /** 举报 of damage to the business environment. */
  REPORT
}
