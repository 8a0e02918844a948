/** Open311 GeoReport v2 in JSON and XML, and the administrators' API keys for it. */
package cn.gov.bizenv.portal.rest.open311;
