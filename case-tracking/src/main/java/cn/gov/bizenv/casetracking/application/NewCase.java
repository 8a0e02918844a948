package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What intake needs to record a case, whatever channel it arrived through. The category is
 * optional; when given it must be an active third-level category ({@code 城乡建设 / 安全生产 / 安全隐患}).
 */
public record NewCase(
    @NotNull(message = "{case.channel.required}") Channel channel,
    @NotBlank(message = "{case.title.required}") @Size(max = 200, message = "{case.title.size}")
        String title,
    @NotBlank(message = "{case.content.required}")
        @Size(max = 20000, message = "{case.content.size}")
        String content,
    @NotNull(message = "{case.unit.required}") Long concernedUnitId,
    Long categoryId) {
  // JSON-B needs to be told which constructor binds the request body.
  @JsonbCreator
  public NewCase {}

  /** A case recorded without a category: triage classifies it later. */
  public NewCase(Channel channel, String title, String content, Long concernedUnitId) {
    this(channel, title, content, concernedUnitId, null);
  }
}
