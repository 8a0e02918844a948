package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import java.util.Optional;

/** Checks sign-in credentials and describes the signed-in caller. */
public interface AccountDirectory {
  /** The caller's profile if the username and password match an account that may sign in. */
  Optional<CallerProfile> verifyPassword(String username, String password);

  CallerProfile currentCaller();
}
