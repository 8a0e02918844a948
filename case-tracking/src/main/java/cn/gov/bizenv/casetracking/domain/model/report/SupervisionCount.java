package cn.gov.bizenv.casetracking.domain.model.report;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;

/** How many supervision actions of one kind a unit's cases drew in a period. */
public record SupervisionCount(long unitId, String unitName, CaseEventType action, long count) {}
