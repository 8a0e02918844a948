package cn.gov.bizenv.chiefservice.application.visits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A check-in (走访定位) as the browser's location service reports it: WGS 84 degrees and the radius of
 * its accuracy in metres.
 */
public record VisitPlace(
    @NotNull(message = "{visit.location.latitude}")
        @DecimalMin(value = "-90", message = "{visit.location.latitude}")
        @DecimalMax(value = "90", message = "{visit.location.latitude}")
        Double latitude,
    @NotNull(message = "{visit.location.longitude}")
        @DecimalMin(value = "-180", message = "{visit.location.longitude}")
        @DecimalMax(value = "180", message = "{visit.location.longitude}")
        Double longitude,
    @NotNull(message = "{visit.location.accuracy}")
        @Min(value = 0, message = "{visit.location.accuracy}")
        @Max(value = 5000, message = "{visit.location.accuracy}")
        Integer accuracyMetres) {}
