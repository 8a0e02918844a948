package cn.gov.bizenv.chiefservice.application.visits;

import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import java.time.LocalDate;

/** One row of a visit list. */
public record VisitSummary(
    long id,
    long firmId,
    String firmName,
    String officerName,
    VisitStatus status,
    LocalDate visitDate,
    int problems) {}
