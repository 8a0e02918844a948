package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A category within a channel that needs its own time limits. */
public record NewCategoryRule(
    @NotNull(message = "{timeLimit.channel.required}") Channel channel,
    @NotBlank(message = "{timeLimit.categoryCode.required}")
        @Size(max = 50, message = "{timeLimit.categoryCode.size}")
        String categoryCode) {}
