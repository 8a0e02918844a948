package cn.gov.bizenv.casetracking.domain.model.casefile;

/** What a timeline event records; display names live in the bundles under {@code event.*}. */
public enum CaseEventType {
  /** The case entered the portal through intake. */
  RECORDED
}
