package cn.gov.bizenv.chiefservice.application;

/** What a confirmed import stored. */
public record ImportOutcome(int registered, int assigned, int reassigned, int unchanged, int skipped) {}
