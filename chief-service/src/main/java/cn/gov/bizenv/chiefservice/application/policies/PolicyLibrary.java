package cn.gov.bizenv.chiefservice.application.policies;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;

/**
 * The policy library and the push. Administrators (who act for the policy office) add, edit and
 * push policies; leaders and officers read them and see which firms they reach. A push creates one
 * delivery per matched firm, which the firm's officer then carries through.
 */
public interface PolicyLibrary {
  Page<PolicySummary> find(String text, PageRequest page);

  PolicyDetail get(long id);

  PolicyDetail add(PolicyInput input);

  PolicyDetail update(long id, PolicyInput input);

  /** The firms the policy applies to, each with why; an officer sees only their own firms. */
  Page<PolicyMatch> matches(long policyId, PageRequest page);

  PushOutcome push(long policyId);

  /** The policies in force that apply to a firm the caller may see. */
  List<PolicyForFirm> forFirm(long firmId);
}
