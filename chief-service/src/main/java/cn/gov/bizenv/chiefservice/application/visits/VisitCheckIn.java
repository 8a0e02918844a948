package cn.gov.bizenv.chiefservice.application.visits;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Where and when the officer checked in on a visit (走访定位). */
public record VisitCheckIn(
    BigDecimal latitude, BigDecimal longitude, int accuracyMetres, LocalDateTime at) {}
