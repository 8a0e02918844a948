package cn.gov.bizenv.casetracking.application.mailbox;

import cn.gov.bizenv.casetracking.domain.model.mailbox.LetterType;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MobileNumber;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A letter to the mayor as the writer fills it in. The district is the county or district the
 * matter concerns; the identity number is optional and checked against GB 11643 by the service.
 */
public record NewLetter(
    @NotNull(message = "{letter.type.required}") LetterType type,
    @NotBlank(message = "{case.title.required}")
        @Size(max = TITLE_MAX, message = "{letter.title.size}")
        String title,
    @NotBlank(message = "{case.content.required}")
        @Size(max = CONTENT_MAX, message = "{letter.content.size}")
        String content,
    Long categoryId,
    @NotNull(message = "{letter.districtId.required}") Long districtId,
    @Size(max = 200, message = "{letter.firmName.size}") String firmName,
    @NotBlank(message = "{letter.writerName.required}")
        @Size(max = 50, message = "{letter.writerName.size}")
        String writerName,
    @NotBlank(message = "{letter.mobile.required}")
        @Pattern(regexp = MobileNumber.PATTERN, message = "{letter.mobile.format}")
        String mobile,
    String idNumber,
    boolean publishConsent) {
  public static final int TITLE_MAX = 100;
  public static final int CONTENT_MAX = 5000;

  @JsonbCreator
  public NewLetter {}
}
