package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;

/**
 * Where a case stands, for pages that follow cases they raised (a visit shows its firm's requests).
 */
public record CaseStatusView(
    long id, String trackingNumber, String title, String concernedUnitName, CaseStatus status) {}
