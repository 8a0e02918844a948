package cn.gov.bizenv.casetracking.application.calendar;

import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The terms of a rule as an administrator edits them, with the version read. Limits in calendar
 * months may be at most 24; the reply and total limits share one unit; warnings and ladder steps
 * must rise.
 */
public record TimeLimitSettings(
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 30, message = "{number.max}")
        Integer signOffWorkingDays,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 250, message = "{number.max}")
        Integer replyAmount,
    @NotNull(message = "{timeLimit.unit.required}") LimitUnit replyUnit,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 250, message = "{number.max}")
        Integer totalAmount,
    @NotNull(message = "{timeLimit.unit.required}") LimitUnit totalUnit,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 99, message = "{number.max}")
        Integer firstWarningPercent,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 99, message = "{number.max}")
        Integer secondWarningPercent,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 250, message = "{number.max}")
        Integer urgeAfter,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 250, message = "{number.max}")
        Integer supervisionOrderAfter,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 250, message = "{number.max}")
        Integer noticeAfter,
    @NotNull(message = "{number.required}")
        @Min(value = 1, message = "{number.min}")
        @Max(value = 250, message = "{number.max}")
        Integer accountabilityAfter,
    long version) {}
