package cn.gov.bizenv.chiefservice.application.internal;

import cn.gov.bizenv.casetracking.application.CallerProfile;
import cn.gov.bizenv.casetracking.application.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.OfficerView;
import cn.gov.bizenv.casetracking.application.internal.Callers;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves the signed-in caller to a {@link Viewer}, finding their officer account if they are one. */
@ApplicationScoped
public class Viewers {
  @Inject Callers callers;
  @Inject OfficerDirectory officers;

  Viewer current() {
    CallerProfile caller = callers.current();
    Long officerId =
        caller.hasRole(Role.CHIEF_SERVICE_OFFICER)
            ? officers.byUsername(caller.username()).map(OfficerView::id).orElse(null)
            : null;
    return new Viewer(caller, officerId);
  }

  /** The caller as an officer, for what only a firm's own officer may do. */
  Viewer currentOfficer() {
    Viewer viewer = current();
    if (viewer.officerId() == null) {
      throw new RuleViolationException("officer.only");
    }
    return viewer;
  }
}
