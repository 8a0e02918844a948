package cn.gov.bizenv.chiefservice.domain.model.delivery;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores deliveries, lists them page by page and counts them for reports, all in the database. */
public interface DeliveryRepository {
  Optional<Delivery> find(long id);

  void add(Delivery delivery);

  List<Delivery> find(DeliveryCriteria criteria, PageRequest page);

  long count(DeliveryCriteria criteria);

  /** The firms among a policy's deliveries, so that a second push skips them. */
  Set<Long> firmsReached(long policyId);

  /** Reach and take-up per group; {@code policyId} narrows to one policy when set. */
  List<ReachCount> reach(ReachGrouping grouping, Long policyId);

  void flush();
}
