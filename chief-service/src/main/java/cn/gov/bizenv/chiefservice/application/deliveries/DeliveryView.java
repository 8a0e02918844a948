package cn.gov.bizenv.chiefservice.application.deliveries;

import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import java.time.LocalDate;
import java.util.Set;

/**
 * A pushed policy's delivery to one firm, with the day of each step and the step that may follow.
 */
public record DeliveryView(
    long id,
    long policyId,
    String policyTitle,
    boolean applicationFree,
    long firmId,
    String firmName,
    String officerName,
    DeliveryState state,
    LocalDate pushedOn,
    LocalDate deliveredOn,
    LocalDate acknowledgedOn,
    LocalDate appliedOn,
    LocalDate redeemedOn,
    Set<DeliveryState> nextSteps,
    long version) {}
