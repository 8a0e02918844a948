package cn.gov.bizenv.casetracking.application.attachments;

/**
 * A file as it arrives: the name the sender's browser or client gave it and its bytes. The name is
 * cleaned and the kind recognised from the bytes before anything is stored.
 */
public record NewAttachment(String fileName, byte[] content) {
  public NewAttachment {
    content = content == null ? new byte[0] : content;
  }

  public int size() {
    return content.length;
  }
}
