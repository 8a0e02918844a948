/** REST resources for the caller's notifications. */
package cn.gov.bizenv.portal.rest.notifications;
