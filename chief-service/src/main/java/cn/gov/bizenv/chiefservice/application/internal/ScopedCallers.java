package cn.gov.bizenv.chiefservice.application.internal;

import cn.gov.bizenv.casetracking.application.directory.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Resolves the signed-in caller to a {@link ScopedCaller}, finding their officer account if they
 * are one.
 */
@ApplicationScoped
public class ScopedCallers {
  @Inject Callers callers;
  @Inject OfficerDirectory officers;

  public ScopedCaller current() {
    CallerProfile caller = callers.current();
    Long officerId =
        caller.hasRole(Role.CHIEF_SERVICE_OFFICER)
            ? officers.byUsername(caller.username()).map(OfficerView::id).orElse(null)
            : null;
    return new ScopedCaller(caller, officerId);
  }

  /** The caller as an officer, for what only a firm's own officer may do. */
  public ScopedCaller currentOfficer() {
    ScopedCaller scoped = current();
    if (scoped.officerId() == null) {
      throw new RuleViolationException("officer.only");
    }
    return scoped;
  }
}
