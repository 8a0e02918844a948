/** REST resources for officers' visits. */
package cn.gov.bizenv.portal.rest.visits;
