/** Exception mappers: one JSON error shape for every refusal of the API. */
package cn.gov.bizenv.portal.rest.errors;
