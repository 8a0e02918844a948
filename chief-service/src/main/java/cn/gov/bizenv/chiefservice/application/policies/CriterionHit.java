package cn.gov.bizenv.chiefservice.application.policies;

import cn.gov.bizenv.chiefservice.domain.model.policy.Criterion;

/**
 * How one criterion of a policy's target judged a firm.
 *
 * @param restricted whether the target restricts this criterion at all ("any" otherwise)
 * @param firmValue the firm's value as a person reads it (industry or district name, size, tags)
 */
public record CriterionHit(
    Criterion criterion, boolean restricted, boolean hit, String firmValue) {}
