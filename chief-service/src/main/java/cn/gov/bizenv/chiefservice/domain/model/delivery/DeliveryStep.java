package cn.gov.bizenv.chiefservice.domain.model.delivery;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry in a delivery's history: the state reached and the day it was reached.
 *
 * @param state the state reached
 * @param on the day, as reported by whoever recorded it (officers often record a visit later)
 */
public record DeliveryStep(DeliveryState state, LocalDate on) {

  public DeliveryStep {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(on, "on");
  }
}
