package cn.gov.bizenv.chiefservice.application.policies;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A policy with its full text and target rule; the target's industries and districts are given by
 * code or id and by name.
 */
public record PolicyDetail(
    long id,
    String title,
    String issuer,
    String documentNumber,
    LocalDate effectiveOn,
    LocalDate expiresOn,
    LocalDate applicationDeadline,
    String summary,
    String fullText,
    boolean applicationFree,
    List<String> industries,
    List<String> industryNames,
    List<FirmSize> sizes,
    List<Long> districts,
    List<String> districtNames,
    List<String> tags,
    boolean keyProjectsOnly,
    LocalDateTime pushedAt,
    String pushedBy,
    long version) {}
