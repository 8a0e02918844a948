/** The audit log page for administrators. */
package cn.gov.bizenv.portal.web.audit;
