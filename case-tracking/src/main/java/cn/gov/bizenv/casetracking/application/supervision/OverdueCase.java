package cn.gov.bizenv.casetracking.application.supervision;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.time.LocalDateTime;

/**
 * A row of the supervisor's overdue board; {@code highestStep} is the furthest ladder step raised
 * in the current round (null when none yet).
 */
public record OverdueCase(
    long id,
    String trackingNumber,
    String title,
    String leadUnitName,
    CaseStatus status,
    LocalDateTime replyDue,
    int workingDaysOverdue,
    String highestStep) {}
