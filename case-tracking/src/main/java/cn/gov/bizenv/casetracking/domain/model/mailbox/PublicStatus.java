package cn.gov.bizenv.casetracking.domain.model.mailbox;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;

/**
 * A case's status as the public reads it: the office's internal steps (dispatch, sign-off, a
 * returned case, a reply under review) all mean "being handled" to the writer, and a reply is shown
 * only once the office has approved it. Display names live in the bundles under {@code
 * publicStatus.*}.
 */
public enum PublicStatus {
  /** 已收到，待受理. */
  RECEIVED,
  /** 办理中. */
  IN_HAND,
  /** 已答复: the approved reply can be read. */
  ANSWERED,
  /** 不予受理, with the reason. */
  NOT_ACCEPTED,
  /** 已并入其他来信办理. */
  MERGED;

  public static PublicStatus of(CaseStatus status) {
    return switch (status) {
      case NEW -> RECEIVED;
      case ACCEPTED, DISPATCHED, RETURNED, IN_PROGRESS, REPLIED -> IN_HAND;
      case CLOSED, FOLLOWED_UP -> ANSWERED;
      case REJECTED -> NOT_ACCEPTED;
      case MERGED -> MERGED;
    };
  }
}
