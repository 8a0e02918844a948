package cn.gov.bizenv.chiefservice.application.assignments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Gives a firm to a chief service officer. The reason is required when the firm already has one,
 * because the history must say why it changed; {@code version} is the firm's, as read.
 */
public record AssignOfficer(
    @NotNull(message = "{assignment.officer.required}") Long officerId,
    @Size(max = 500, message = "{assignment.reason.size}") String reason,
    long version) {}
