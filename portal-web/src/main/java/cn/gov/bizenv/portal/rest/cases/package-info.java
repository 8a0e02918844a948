/** REST resources for cases. */
package cn.gov.bizenv.portal.rest.cases;
