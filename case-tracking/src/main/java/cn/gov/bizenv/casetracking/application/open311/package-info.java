/** Open311 GeoReport v2 over case tracking, and the API keys of its clients. */
package cn.gov.bizenv.casetracking.application.open311;
