package cn.gov.bizenv.chiefservice.application.policies;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of the policy library. */
public record PolicySummary(
    long id,
    String title,
    String issuer,
    String documentNumber,
    LocalDate effectiveOn,
    LocalDate expiresOn,
    boolean applicationFree,
    LocalDateTime pushedAt) {}
