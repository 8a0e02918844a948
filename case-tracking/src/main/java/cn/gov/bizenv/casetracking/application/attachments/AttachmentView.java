package cn.gov.bizenv.casetracking.application.attachments;

import java.time.LocalDateTime;

/**
 * An attached file as readers see it.
 *
 * @param sha256 the SHA-256 of the bytes in hex, to show that the file is unchanged
 */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
