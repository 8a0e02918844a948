package cn.gov.bizenv.chiefservice.application.policies;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy as the policy office enters it, with its target rule: industries, sizes, districts (unit
 * ids) and tags, each empty for "any", and whether only key projects qualify. {@code version} is
 * the one read before an edit and ignored when adding.
 */
public record PolicyInput(
    @NotBlank(message = "{policy.title.required}") @Size(max = 200, message = "{policy.title.size}")
        String title,
    @NotBlank(message = "{policy.issuer.required}")
        @Size(max = 100, message = "{policy.issuer.size}")
        String issuer,
    @Size(max = 100, message = "{policy.documentNumber.size}") String documentNumber,
    LocalDate effectiveOn,
    LocalDate expiresOn,
    LocalDate applicationDeadline,
    @Size(max = 2000, message = "{policy.summary.size}") String summary,
    @Size(max = 50000, message = "{policy.fullText.size}") String fullText,
    boolean applicationFree,
    List<String> industries,
    List<FirmSize> sizes,
    List<Long> districts,
    @Size(max = 10, message = "{firm.tags.size}") List<String> tags,
    boolean keyProjectsOnly,
    Long version) {}
