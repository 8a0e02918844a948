/** The bell and the notifications page. */
package cn.gov.bizenv.portal.web.notifications;
