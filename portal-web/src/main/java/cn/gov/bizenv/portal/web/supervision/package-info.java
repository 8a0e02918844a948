/** The supervisor's pages. */
package cn.gov.bizenv.portal.web.supervision;
