package cn.gov.bizenv.chiefservice.application.firms;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator enters to register or edit a firm or project. The credit code is checked by
 * the GB 32100-2015 rules after normalisation; {@code version} is the one read before an edit and
 * ignored when registering.
 *
 * @param parentId the firm a project belongs to, if it is a project
 * @param visitIntervalDays the expected visit cadence in days; monthly (30) when empty
 */
public record FirmInput(
    @NotBlank(message = "{firm.name.required}") @Size(max = 200, message = "{firm.name.size}")
        String name,
    String creditCode,
    @NotBlank(message = "{firm.industry.required}") String industryCode,
    @NotNull(message = "{firm.size.required}") FirmSize size,
    @NotNull(message = "{firm.district.required}") Long districtId,
    @Size(max = 200, message = "{firm.address.size}") String address,
    @Size(max = 50, message = "{firm.contactName.size}") String contactName,
    @Size(max = 30, message = "{firm.contactPhone.size}")
        @Pattern(regexp = "[0-9+()\\- ]*", message = "{firm.contactPhone.pattern}")
        String contactPhone,
    boolean keyProject,
    @Size(max = 10, message = "{firm.tags.size}") List<String> tags,
    Long parentId,
    @Min(value = 7, message = "{firm.visitInterval.range}")
        @Max(value = 366, message = "{firm.visitInterval.range}")
        Integer visitIntervalDays,
    Long version) {}
