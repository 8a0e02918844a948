package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What intake needs to record a case, whatever channel it arrived through. The category is
 * optional; when given it must be an active third-level category ({@code 城乡建设 / 安全生产 / 安全隐患}).
 * {@code firmId} and {@code firmName} name the firm a firm's request (企业诉求) concerns; other cases
 * leave them empty. Suggestions and proposals (人大代表建议, 政协委员提案) name the deputy or member, the
 * proposal number and the session ({@code 十七届三次会议}); other channels leave them empty. The writer's
 * name, phone and identity number are optional and are shown in full to the office only.
 */
public record NewCase(
    @NotNull(message = "{case.channel.required}") Channel channel,
    @NotBlank(message = "{case.title.required}") @Size(max = 200, message = "{case.title.size}")
        String title,
    @NotBlank(message = "{case.content.required}")
        @Size(max = 20000, message = "{case.content.size}")
        String content,
    @NotNull(message = "{case.unit.required}") Long concernedUnitId,
    Long categoryId,
    Long firmId,
    @Size(max = 200, message = "{case.firmName.size}") String firmName,
    String proposerName,
    String proposalNumber,
    String proposalSession,
    String writerName,
    String writerPhone,
    String writerIdNumber) {
  // JSON-B picks a record's constructor only when it has one; the short forms below make more.
  @JsonbCreator
  public NewCase {}

  /** A case without a proposal reference or the writer's contact data. */
  public NewCase(
      Channel channel,
      String title,
      String content,
      Long concernedUnitId,
      Long categoryId,
      Long firmId,
      String firmName) {
    this(
        channel,
        title,
        content,
        concernedUnitId,
        categoryId,
        firmId,
        firmName,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * A case recorded without a category (triage classifies it later) and about no particular firm.
   */
  public NewCase(Channel channel, String title, String content, Long concernedUnitId) {
    this(channel, title, content, concernedUnitId, null, null, null);
  }

  /** A case classified at intake, about no particular firm. */
  public NewCase(
      Channel channel, String title, String content, Long concernedUnitId, Long categoryId) {
    this(channel, title, content, concernedUnitId, categoryId, null, null);
  }

  /** A firm's request, not yet classified. */
  public static NewCase firmRequest(
      String title, String content, Long concernedUnitId, Long firmId, String firmName) {
    return new NewCase(
        Channel.FIRM_REQUEST, title, content, concernedUnitId, null, firmId, firmName);
  }
}
