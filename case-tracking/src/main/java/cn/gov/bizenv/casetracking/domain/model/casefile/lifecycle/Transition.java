package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.Objects;

/** A permitted step: the action taken and the status before and after it. */
public record Transition(CaseStatus from, CaseAction action, CaseStatus to) {

  /** Checks that no part is missing. */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
  }

  /** Whether the case's status changes; notes, extensions and supervision leave it as it is. */
  public boolean changesStatus() {
    return from != to;
  }
}
