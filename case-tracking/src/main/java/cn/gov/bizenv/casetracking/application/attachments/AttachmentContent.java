package cn.gov.bizenv.casetracking.application.attachments;

/** An attachment with its bytes, for a download. */
public record AttachmentContent(AttachmentView attachment, byte[] content) {}
