/** The chief service officer's home page. */
package cn.gov.bizenv.portal.web.officer;
