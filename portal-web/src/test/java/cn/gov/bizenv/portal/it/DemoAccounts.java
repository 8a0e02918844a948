package cn.gov.bizenv.portal.it;

/** The demo data's accounts, which every integration test signs in with. */
public final class DemoAccounts {
  /** The password of every demo account. */
  public static final String PASSWORD = "Demo@2026";

  private DemoAccounts() {}
}
