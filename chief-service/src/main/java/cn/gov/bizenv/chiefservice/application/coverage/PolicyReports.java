package cn.gov.bizenv.chiefservice.application.coverage;

import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import java.util.List;

/**
 * Reach and take-up of pushed policies for the policy office and leaders, counted in the database.
 */
public interface PolicyReports {
  /** Per policy, per district or per officer; {@code policyId} narrows to one policy when set. */
  List<ReachRow> reach(ReachGrouping grouping, Long policyId);
}
