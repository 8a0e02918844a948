/** Stateless EJB implementations of chief service's application services. */
package cn.gov.bizenv.chiefservice.application.internal;
