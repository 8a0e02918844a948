/** The administrator's account register: pages and their backing beans. */
package cn.gov.bizenv.portal.web.accounts;
