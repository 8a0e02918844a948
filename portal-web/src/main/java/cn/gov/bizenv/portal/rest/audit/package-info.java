/** The audit log over the API, for administrators. */
package cn.gov.bizenv.portal.rest.audit;
