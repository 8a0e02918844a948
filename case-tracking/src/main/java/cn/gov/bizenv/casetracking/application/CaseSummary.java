package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDateTime;

/**
 * One row of a case list; {@code leadUnitName} is null until the case is dispatched, {@code
 * categoryPath} while the case is not classified, {@code replyDue} until it is on the clock.
 */
public record CaseSummary(
    long id,
    String trackingNumber,
    Channel channel,
    String title,
    String concernedUnitName,
    String leadUnitName,
    CaseStatus status,
    LocalDateTime receivedAt,
    String categoryPath,
    LocalDateTime replyDue) {}
