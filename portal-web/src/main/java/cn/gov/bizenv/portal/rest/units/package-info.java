/** REST resources for units. */
package cn.gov.bizenv.portal.rest.units;
