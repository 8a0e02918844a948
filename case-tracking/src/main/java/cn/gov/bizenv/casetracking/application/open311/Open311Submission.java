package cn.gov.bizenv.casetracking.application.open311;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A GeoReport POST request as the service needs it, already parsed from the form fields. */
public record Open311Submission(
    @NotBlank(message = "{open311.service_code.required}") String serviceCode,
    @NotBlank(message = "{open311.description.required}")
        @Size(max = 4000, message = "{open311.description.size}")
        String description,
    @Size(max = 300, message = "{open311.address_string.size}") String addressString,
    @DecimalMin(value = "-90", message = "{open311.lat.range}")
        @DecimalMax(value = "90", message = "{open311.lat.range}")
        BigDecimal lat,
    @DecimalMin(value = "-180", message = "{open311.long.range}")
        @DecimalMax(value = "180", message = "{open311.long.range}")
        BigDecimal lng,
    @Size(max = 200, message = "{open311.email.size}") @Email(message = "{open311.email.invalid}")
        String email,
    @Size(max = 100, message = "{open311.name.size}") String name,
    @Size(max = 30, message = "{open311.phone.size}")
        @Pattern(regexp = "[0-9+() -]*[0-9][0-9+() -]*", message = "{open311.phone.format}")
        String phone,
    @Size(max = 500, message = "{open311.media_url.size}") String mediaUrl,
    Long districtId) {}
