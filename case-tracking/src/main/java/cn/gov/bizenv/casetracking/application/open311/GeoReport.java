package cn.gov.bizenv.casetracking.application.open311;

import cn.gov.bizenv.casetracking.domain.model.open311.Open311Criteria;
import java.util.List;

/**
 * Open311 GeoReport v2 over case tracking: our categories are the services, and a POSTed request
 * becomes a case of channel NETIZEN_MESSAGE through the same intake as every other channel. Reading
 * needs no key; filing needs an API key issued by an administrator.
 */
public interface GeoReport {
  List<Open311ServiceView> services();

  /** 404 for an unknown or inactive service code. */
  Open311Definition definition(String serviceCode);

  /**
   * Files the request. A missing, unknown or revoked key is refused with {@code
   * InvalidApiKeyException}; an unknown service code names the field {@code service_code}.
   */
  Open311RequestView submit(String apiKey, Open311Submission submission);

  /** Newest first, at most {@code limit}. */
  List<Open311RequestView> requests(Open311Criteria criteria, int limit);

  /** 404 when no request filed through Open311 has this id. */
  Open311RequestView request(String serviceRequestId);
}
