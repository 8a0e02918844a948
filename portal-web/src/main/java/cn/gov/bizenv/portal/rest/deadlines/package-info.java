/** REST resources for case deadlines. */
package cn.gov.bizenv.portal.rest.deadlines;
