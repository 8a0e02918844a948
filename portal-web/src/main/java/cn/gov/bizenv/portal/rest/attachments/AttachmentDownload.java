package cn.gov.bizenv.portal.rest.attachments;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The answer that carries a file: always as a download (never shown inline, so an uploaded file can
 * never run as a page of the portal), with its Chinese name encoded per RFC 6266 / 5987, its
 * recognised content type and its SHA-256.
 */
public final class AttachmentDownload {
  private AttachmentDownload() {}

  public static Response of(AttachmentContent file) {
    String name = file.attachment().fileName();
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    String fallback = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
    return Response.ok(file.content(), file.attachment().contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Content-SHA256", file.attachment().sha256())
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
