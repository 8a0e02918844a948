/** The GeoReport and API-key EJBs. */
package cn.gov.bizenv.casetracking.application.open311.internal;
