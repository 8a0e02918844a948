/** The policy library's EJB. */
package cn.gov.bizenv.chiefservice.application.policies.internal;
