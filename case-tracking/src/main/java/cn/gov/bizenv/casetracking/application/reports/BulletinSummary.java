package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.model.bulletin.PeriodKind;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A bulletin in a list: its title, period, status and who decided it when; once approved, its
 * document number (发文字号) {@code documentNumber} of {@code documentYear}.
 */
public record BulletinSummary(
    long id,
    String title,
    PeriodKind periodKind,
    LocalDate from,
    LocalDate to,
    BulletinStatus status,
    String draftedBy,
    LocalDateTime submittedAt,
    String decidedBy,
    LocalDateTime decidedAt,
    Integer documentYear,
    Integer documentNumber,
    long version) {}
