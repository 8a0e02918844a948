package cn.gov.bizenv.chiefservice.application.coverage.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.chiefservice.application.coverage.PolicyReports;
import cn.gov.bizenv.chiefservice.application.coverage.ReachRow;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Reach and take-up reports for the policy office (administrators) and leaders. */
@Stateless
@RolesAllowed({ADMINISTRATOR, LEADER})
public class ReportService implements PolicyReports {
  @Inject DeliveryRepository deliveries;
  @Inject PolicyRepository policies;
  @Inject Names names;

  @Override
  public List<ReachRow> reach(ReachGrouping grouping, Long policyId) {
    List<ReachCount> counts =
        deliveries.reach(grouping == null ? ReachGrouping.POLICY : grouping, policyId);
    Function<Long, String> label =
        switch (grouping == null ? ReachGrouping.POLICY : grouping) {
          case POLICY -> id -> policies.find(id).map(Policy::getTitle).orElse(null);
          case DISTRICT -> {
            Map<Long, String> units = names.units();
            yield id -> names.unit(units, id);
          }
          case OFFICER -> {
            Map<Long, String> officers =
                names.officers(
                    counts.stream().map(ReachCount::key).filter(Objects::nonNull).toList());
            yield officers::get;
          }
        };
    return counts.stream()
        .map(
            c ->
                new ReachRow(
                    c.key(),
                    c.key() == null ? null : label.apply(c.key()),
                    c.pushed(),
                    c.delivered(),
                    c.acknowledged(),
                    c.applied(),
                    c.redeemed()))
        .toList();
  }
}
