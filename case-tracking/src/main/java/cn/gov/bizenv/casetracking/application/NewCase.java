package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What intake needs to record a case, whatever channel it arrived through. */
public record NewCase(
    @NotNull(message = "{case.channel.required}") Channel channel,
    @NotBlank(message = "{case.title.required}") @Size(max = 200, message = "{case.title.size}")
        String title,
    @NotBlank(message = "{case.content.required}")
        @Size(max = 20000, message = "{case.content.size}")
        String content,
    @NotNull(message = "{case.unit.required}") Long concernedUnitId) {}
