package cn.gov.bizenv.portal.rest.attachments;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Base64;

/**
 * A file in a JSON body: its name and its bytes in Base64. JSON keeps the API to one body format
 * (and one error shape) at the cost of a third more bytes on the wire, which the 10 MB limit keeps
 * small.
 */
public record AttachmentUpload(String fileName, String content) {
  @JsonbCreator
  public AttachmentUpload(
      @JsonbProperty("fileName") String fileName, @JsonbProperty("content") String content) {
    this.fileName = fileName;
    this.content = content;
  }

  /** The file with its decoded bytes; content that is not Base64 is a 400 on {@code content}. */
  public NewAttachment toNewAttachment() {
    try {
      // Line breaks (as base64 tools write them) are allowed; anything else outside the alphabet
      // not.
      byte[] bytes =
          content == null ? new byte[0] : Base64.getDecoder().decode(content.replaceAll("\\s", ""));
      return new NewAttachment(fileName, bytes);
    } catch (IllegalArgumentException notBase64) {
      throw InvalidInputException.of("content", "attachment.content.base64");
    }
  }
}
