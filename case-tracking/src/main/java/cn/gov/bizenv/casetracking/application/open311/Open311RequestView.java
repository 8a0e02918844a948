package cn.gov.bizenv.casetracking.application.open311;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A service request as GeoReport shows it; personal data is masked in the description and notes,
 * and the requester's contact data is never included.
 *
 * @param serviceRequestId our tracking number
 * @param extendedStatus the FixMyStreet-style status
 * @param agencyResponsible the lead unit, once dispatched
 * @param expectedAt the reply deadline, once dispatched
 */
public record Open311RequestView(
    String serviceRequestId,
    String status,
    String extendedStatus,
    String statusNotes,
    String serviceName,
    String serviceCode,
    String description,
    String agencyResponsible,
    LocalDateTime requestedAt,
    LocalDateTime updatedAt,
    LocalDateTime expectedAt,
    String address,
    BigDecimal lat,
    BigDecimal lng,
    String mediaUrl) {}
