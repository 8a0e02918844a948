/** REST resources for the administrator's account register. */
package cn.gov.bizenv.portal.rest.accounts;
