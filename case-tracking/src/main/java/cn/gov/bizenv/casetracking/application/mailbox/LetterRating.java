package cn.gov.bizenv.casetracking.application.mailbox;

import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The writer's five-level rating of the reply, with an optional comment. */
public record LetterRating(
    @NotNull(message = "{letter.satisfaction.required}") Satisfaction satisfaction,
    @Size(max = 500, message = "{letter.comment.size}") String comment) {
  @JsonbCreator
  public LetterRating {}
}
