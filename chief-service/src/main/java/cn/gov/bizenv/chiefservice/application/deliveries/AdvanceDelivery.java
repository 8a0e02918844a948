package cn.gov.bizenv.chiefservice.application.deliveries;

import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The next step of a delivery and the day it happened, with the version read. */
public record AdvanceDelivery(
    @NotNull(message = "{delivery.state.required}") DeliveryState state,
    @NotNull(message = "{delivery.date.required}") LocalDate on,
    long version) {}
