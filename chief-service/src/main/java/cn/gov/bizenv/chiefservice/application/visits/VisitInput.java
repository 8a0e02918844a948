package cn.gov.bizenv.chiefservice.application.visits;

import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit as the officer plans or logs it. {@code PLANNED} schedules it for the date; {@code HELD}
 * records it with whom the officer met, a summary and the problems raised (each becomes a case);
 * {@code NOT_HELD} records why it did not happen. {@code firmId} is needed to create a visit,
 * {@code version} to record the outcome of a planned one; {@code location}, optional, is where the
 * officer checked in from (走访定位).
 */
public record VisitInput(
    Long firmId,
    @NotNull(message = "{visit.status.required}") VisitStatus status,
    @NotNull(message = "{visit.date.required}") LocalDate visitDate,
    @Size(max = 500, message = "{visit.peopleMet.size}") String peopleMet,
    @Size(max = 4000, message = "{visit.summary.size}") String summary,
    @Size(max = 500, message = "{visit.reason.size}") String notHeldReason,
    @Size(max = 20, message = "{visit.problems.size}") List<@Valid RaisedProblem> problems,
    Long version,
    @Valid VisitPlace location) {

  public List<RaisedProblem> problemsOrNone() {
    return problems == null ? List.of() : problems;
  }
}
