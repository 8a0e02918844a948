package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.bulletin.PeriodKind;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a supervisor enters for a bulletin: a title, the period (WEEKLY and MONTHLY take the week or
 * month of {@code from}; CUSTOM takes from and to), a foreword, and the notable cases with remarks
 * (none: the longest overdue cases are shown).
 */
public record BulletinDraft(
    @NotBlank(message = "{bulletin.title.required}")
        @Size(max = 200, message = "{bulletin.title.size}")
        String title,
    @NotNull(message = "{bulletin.periodKind.required}") PeriodKind periodKind,
    @NotNull(message = "{bulletin.from.required}") LocalDate from,
    LocalDate to,
    @Size(max = 4000, message = "{bulletin.foreword.size}") String foreword,
    @Valid @Size(max = 20, message = "{bulletin.notable.size}") List<NotableInput> notable) {
  @JsonbCreator
  public BulletinDraft {
    notable = notable == null ? List.of() : List.copyOf(notable);
  }

  /** A notable case by id, with the supervisor's remark. */
  public record NotableInput(
      long caseId, @Size(max = 500, message = "{bulletin.remark.size}") String remark) {
    @JsonbCreator
    public NotableInput {}
  }
}
