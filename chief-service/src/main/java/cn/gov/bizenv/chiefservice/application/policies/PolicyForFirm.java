package cn.gov.bizenv.chiefservice.application.policies;

import java.util.List;

/** A policy in force that applies to a firm, with the criteria that reached it. */
public record PolicyForFirm(PolicySummary policy, List<CriterionHit> criteria) {}
