/** REST resources for firms and their credit codes. */
package cn.gov.bizenv.portal.rest.firms;
