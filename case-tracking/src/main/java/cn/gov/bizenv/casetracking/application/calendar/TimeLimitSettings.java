package cn.gov.bizenv.casetracking.application.calendar;

import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import jakarta.validation.constraints.NotNull;

/**
 * The terms of a rule as an administrator edits them, with the version read. Limits in calendar
 * months may be at most 24; the reply and total limits share one unit; warnings and ladder steps
 * must rise.
 */
public record TimeLimitSettings(
    @NumberUpTo(30) Integer signOffWorkingDays,
    @NumberUpTo(250) Integer replyAmount,
    @NotNull(message = "{timeLimit.unit.required}") LimitUnit replyUnit,
    @NumberUpTo(250) Integer totalAmount,
    @NotNull(message = "{timeLimit.unit.required}") LimitUnit totalUnit,
    @NumberUpTo(99) Integer firstWarningPercent,
    @NumberUpTo(99) Integer secondWarningPercent,
    @NumberUpTo(250) Integer urgeAfter,
    @NumberUpTo(250) Integer supervisionOrderAfter,
    @NumberUpTo(250) Integer noticeAfter,
    @NumberUpTo(250) Integer accountabilityAfter,
    long version) {}
