/** The triage suggestions, training examples, model and default units over the API. */
package cn.gov.bizenv.portal.rest.triage;
