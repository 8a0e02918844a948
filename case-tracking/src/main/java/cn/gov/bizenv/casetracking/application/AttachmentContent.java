package cn.gov.bizenv.casetracking.application;

/** An attachment with its bytes, for a download. */
public record AttachmentContent(AttachmentView attachment, byte[] content) {}
