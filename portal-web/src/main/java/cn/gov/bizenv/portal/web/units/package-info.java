/** The administrator's pages for units. */
package cn.gov.bizenv.portal.web.units;
