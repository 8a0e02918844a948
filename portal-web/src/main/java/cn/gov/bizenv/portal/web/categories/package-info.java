/** The administrator's category page and the category pickers other pages use. */
package cn.gov.bizenv.portal.web.categories;
