package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A rectification plan (整改方案) as the lead files it: at least one item. */
public record RectificationPlan(
    @NotNull(message = "{plan.items.size}") @Size(min = 1, max = 50, message = "{plan.items.size}")
        List<@Valid @NotNull(message = "{plan.items.size}") NewRectificationItem> items) {}
