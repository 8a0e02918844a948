package cn.gov.bizenv.chiefservice.application.deliveries;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;

/**
 * Policy deliveries. A firm's officer records each step (已送达, 已知晓, 已申报, 已兑现) of the deliveries of
 * the firms they serve; leaders and administrators read all of them. A delivery of another
 * officer's firm is not found.
 */
public interface Deliveries {
  Page<DeliveryView> find(DeliveryCriteria criteria, PageRequest page);

  DeliveryView get(long id);

  DeliveryView advance(long id, AdvanceDelivery command);
}
