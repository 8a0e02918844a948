package cn.gov.bizenv.casetracking.application.calendar;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's arrangement as an administrator enters it from the notice: every day off, every weekend
 * day worked (null or empty if none), the notice's number or title, and the version read ({@code
 * null} for a year not entered yet).
 */
public record YearArrangementInput(
    @NotEmpty(message = "{calendar.holidays.required}") List<LocalDate> holidays,
    List<LocalDate> makeUpWorkdays,
    @Size(max = 200, message = "{calendar.source.size}") String source,
    Long version) {}
