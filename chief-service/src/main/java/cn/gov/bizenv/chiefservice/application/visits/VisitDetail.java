package cn.gov.bizenv.chiefservice.application.visits;

import cn.gov.bizenv.casetracking.application.cases.CaseStatusView;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit with the live status of the cases its problems became (a case's status is empty when the
 * reader may not follow it).
 */
public record VisitDetail(
    long id,
    long firmId,
    String firmName,
    long officerId,
    String officerName,
    VisitStatus status,
    LocalDate visitDate,
    String peopleMet,
    String summary,
    String notHeldReason,
    List<CaseStatusView> cases,
    long version,
    VisitCheckIn checkIn) {}
