package cn.gov.bizenv.casetracking.domain.model.report;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.time.LocalDate;

/**
 * The cohort's cases of one day of receipt, channel and current status ({@link Figure#RECEIVED}),
 * with how many of them belong to the cohort's subset figures {@link Figure#RATED}, {@link
 * Figure#SATISFIED}, {@link Figure#CLOSED_ONCE} and {@link Figure#REOPENED}. Summing cells gives
 * those counts, the channel and status rows and the received series from one pass over the cohort.
 */
public record CohortCell(
    LocalDate day,
    Channel channel,
    CaseStatus status,
    long received,
    long rated,
    long satisfied,
    long closedOnce,
    long reopened) {}
