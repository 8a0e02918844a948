/** The JSON REST API; resources call the same application services as the pages. */
package cn.gov.bizenv.portal.rest;
