package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.report.RankingComponent;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new weight (0–100) for one ranking component, with the version the administrator read. */
public record WeightChange(
    @NotNull(message = "{ranking.component.required}") RankingComponent component,
    @Min(value = 0, message = "{ranking.weight.range}")
        @Max(value = 100, message = "{ranking.weight.range}")
        int weight,
    long version) {
  // JSON-B needs to be told which constructor binds the request body.
  @JsonbCreator
  public WeightChange {}
}
