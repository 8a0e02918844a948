package cn.gov.bizenv.casetracking.application.open311;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The client an Open311 key is issued to. */
public record NewApiKey(
    @NotBlank(message = "{apiKey.name.required}") @Size(max = 100, message = "{apiKey.name.size}")
        String name) {
  @JsonbCreator
  public NewApiKey {}
}
