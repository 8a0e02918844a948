/** The deliveries' EJB. */
package cn.gov.bizenv.chiefservice.application.deliveries.internal;
