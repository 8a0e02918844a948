package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.report.Granularity;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import java.util.List;

/**
 * Every dashboard figure for one period; each count is the figure of the same name in {@link
 * cn.gov.bizenv.casetracking.domain.model.report.Figure}, and each rate is a percent with one
 * decimal (null when its base is empty).
 */
public record Dashboard(
    ReportPeriod period,
    long received,
    long closed,
    List<KeyCount> byChannel,
    List<KeyCount> byStatus,
    List<KeyCount> byTopCategory,
    List<KeyCount> bySecondCategory,
    List<KeyCount> byLeadUnit,
    List<KeyCount> byDistrict,
    Granularity granularity,
    List<SeriesPoint> series,
    long replyDue,
    long onTime,
    Double onTimeRate,
    long overdue,
    long handled,
    Double averageHandlingWorkingDays,
    long rated,
    long satisfied,
    Double satisfactionRate,
    long closedOnce,
    long reopened,
    Double reopenRate) {}
