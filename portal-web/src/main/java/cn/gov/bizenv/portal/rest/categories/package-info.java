/** REST resources for the category tree. */
package cn.gov.bizenv.portal.rest.categories;
