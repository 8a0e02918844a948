/** REST resources for supervision: the overdue board and the sweep. */
package cn.gov.bizenv.portal.rest.supervision;
