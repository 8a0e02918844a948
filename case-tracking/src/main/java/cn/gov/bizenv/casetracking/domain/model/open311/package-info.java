/** Open311 GeoReport v2: API keys, requests filed through it and the mapping of our statuses. */
package cn.gov.bizenv.casetracking.domain.model.open311;
