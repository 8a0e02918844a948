package cn.gov.bizenv.casetracking.application.batches;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What identifies an imported batch besides its own number: the higher authority's covering
 * document, e.g. {@code 省政府督查室 2026-15号}.
 */
public record NewBatch(
    @NotBlank(message = "{batch.source.required}") @Size(max = 200, message = "{batch.source.size}")
        String sourceDocument) {}
