package cn.gov.bizenv.chiefservice.application.assignments;

/** What a confirmed import stored. */
public record ImportOutcome(
    int registered, int assigned, int reassigned, int unchanged, int skipped) {}
