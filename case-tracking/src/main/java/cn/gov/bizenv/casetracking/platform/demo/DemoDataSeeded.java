package cn.gov.bizenv.casetracking.platform.demo;

import java.util.Map;

/**
 * Fired, inside the seeding transaction, once the demo units, accounts and cases exist, so that
 * other modules can add their demo data on top without guessing when case tracking is done.
 *
 * @param unitIds the demo units' ids by name
 * @param accountIds the demo accounts' ids by username
 */
public record DemoDataSeeded(Map<String, Long> unitIds, Map<String, Long> accountIds) {
  public DemoDataSeeded {
    unitIds = Map.copyOf(unitIds);
    accountIds = Map.copyOf(accountIds);
  }
}
