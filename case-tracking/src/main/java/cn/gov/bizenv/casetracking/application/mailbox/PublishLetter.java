package cn.gov.bizenv.casetracking.application.mailbox;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Size;

/**
 * What an officer publishes of a letter. A text left out is taken from the case (masked); a text
 * given replaces it in the published version only, never in the case.
 */
public record PublishLetter(
    @Size(max = 200, message = "{publication.title.size}") String title,
    @Size(max = 20000, message = "{publication.content.size}") String content,
    @Size(max = 2000, message = "{publication.reply.size}") String reply) {
  @JsonbCreator
  public PublishLetter {}
}
