/** Administrators' page for the Open311 API keys. */
package cn.gov.bizenv.portal.web.open311;
