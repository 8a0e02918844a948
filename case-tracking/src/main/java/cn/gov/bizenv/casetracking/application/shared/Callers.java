package cn.gov.bizenv.casetracking.application.shared;

/** Who is asking: the signed-in caller's account, unit and roles, for every module's scoping. */
public interface Callers {
  /** The caller's profile; refused when nobody is signed in or the account may not sign in. */
  CallerProfile current();
}
