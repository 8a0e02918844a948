package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.time.LocalDateTime;

/**
 * What a new or existing case is about, to find others about the same problem: open cases, and
 * those closed since {@code closedSince}, on any channel; when {@code districtId} is known, cases
 * of another district are left out. {@code excludeCaseId} (the case itself) may be null.
 */
public record SimilarityProbe(
    String title, String content, Long districtId, Long excludeCaseId, LocalDateTime closedSince) {}
