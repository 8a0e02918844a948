package cn.gov.bizenv.portal.web.calendar;

import cn.gov.bizenv.casetracking.application.calendar.CalendarYearSummary;
import cn.gov.bizenv.casetracking.application.calendar.CalendarYearView;
import cn.gov.bizenv.casetracking.application.calendar.WorkingCalendar;
import cn.gov.bizenv.casetracking.application.calendar.YearArrangementInput;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator enters a year's holiday arrangement: the years entered so far, the chosen
 * year's days off and make-up workdays, and the saved year at a glance.
 */
@Named
@ViewScoped
public class ManageCalendar implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<Integer> WEEKDAYS = List.of(1, 2, 3, 4, 5);

  @Inject transient WorkingCalendar calendar;
  @Inject transient FacesErrors errors;

  private List<CalendarYearSummary> years;
  private Integer year;

  private CalendarYearView shown;
  private YearOverview overview;
  private List<LocalDate> holidays;
  private List<LocalDate> makeUpWorkdays;
  private String source;

  @PostConstruct
  void init() {
    years = calendar.years();
    // Open the first year still missing its notice, the one that needs doing; else the latest.
    CalendarYearSummary first =
        years.stream()
            .filter(summary -> !summary.covered())
            .findFirst()
            .orElse(years.get(years.size() - 1));
    show(calendar.year(first.year()));
  }

  public void open(int chosen) {
    try {
      show(calendar.year(chosen));
    } catch (DomainException problem) {
      errors.show(problem, "yearsForm");
    }
  }

  /** Opens the year typed in, e.g. one several years ahead. */
  public void openTyped() {
    if (year != null) {
      open(year);
    }
  }

  public void save() {
    try {
      CalendarYearView saved =
          calendar.save(
              shown.year(),
              new YearArrangementInput(holidays, makeUpWorkdays, source, shown.version()));
      years = calendar.years();
      show(saved);
      errors.info("calendar.saved", String.valueOf(saved.year()));
    } catch (DomainException problem) {
      // The choices stay as entered, so that only the dates named need correcting.
      errors.show(problem, "arrangementForm");
    }
  }

  private void show(CalendarYearView view) {
    shown = view;
    year = view.year();
    overview = YearOverview.of(view);
    holidays = new ArrayList<>(view.holidays());
    makeUpWorkdays = new ArrayList<>(view.makeUpWorkdays());
    source = view.source();
  }

  public List<CalendarYearSummary> getYears() {
    return years;
  }

  public CalendarYearView getShown() {
    return shown;
  }

  /** The shown year as text, so that message patterns do not group its digits ("2,027"). */
  public String getShownYear() {
    return String.valueOf(shown.year());
  }

  public YearOverview getOverview() {
    return overview;
  }

  public LocalDate getFirstDay() {
    return LocalDate.of(shown.year(), 1, 1);
  }

  public LocalDate getLastDay() {
    return LocalDate.of(shown.year(), 12, 31);
  }

  /** Monday to Friday, in the date picker's numbering (Sunday 0): never make-up workdays. */
  public List<Integer> getWeekdays() {
    return WEEKDAYS;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<LocalDate> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<LocalDate> holidays) {
    this.holidays = holidays;
  }

  public List<LocalDate> getMakeUpWorkdays() {
    return makeUpWorkdays;
  }

  public void setMakeUpWorkdays(List<LocalDate> makeUpWorkdays) {
    this.makeUpWorkdays = makeUpWorkdays;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
