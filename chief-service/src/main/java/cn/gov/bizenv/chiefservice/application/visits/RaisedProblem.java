package cn.gov.bizenv.chiefservice.application.visits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A problem (诉求) a firm raised on a visit; it becomes a case of the channel 企业诉求. */
public record RaisedProblem(
    @NotBlank(message = "{case.title.required}") @Size(max = 200, message = "{case.title.size}")
        String title,
    @NotBlank(message = "{case.content.required}")
        @Size(max = 20000, message = "{case.content.size}")
        String content,
    @NotNull(message = "{case.unit.required}") Long concernedUnitId) {}
