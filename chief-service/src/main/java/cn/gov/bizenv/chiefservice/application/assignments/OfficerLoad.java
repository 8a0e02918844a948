package cn.gov.bizenv.chiefservice.application.assignments;

/** How many firms an officer serves and how many of them are overdue for a visit. */
public record OfficerLoad(
    long officerId,
    String username,
    String displayName,
    String unitName,
    long firms,
    long overdue) {}
