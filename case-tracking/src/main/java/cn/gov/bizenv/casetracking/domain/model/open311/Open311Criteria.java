package cn.gov.bizenv.casetracking.domain.model.open311;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The filters of GeoReport's GET requests; empty or null means "any".
 *
 * @param trackingNumbers service_request_id list
 * @param open true for open, false for closed, null for both
 */
public record Open311Criteria(
    List<String> trackingNumbers,
    String serviceCode,
    LocalDateTime from,
    LocalDateTime to,
    Boolean open) {}
