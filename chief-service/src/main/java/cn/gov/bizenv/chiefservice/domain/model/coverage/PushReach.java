package cn.gov.bizenv.chiefservice.domain.model.coverage;

import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;

/**
 * The deliveries pushed in a period and how far they got (key null), and of those how many were
 * taken up: applied for or redeemed (a "免申即享" policy is redeemed without an application).
 */
public record PushReach(ReachCount reach, long takenUp) {}
