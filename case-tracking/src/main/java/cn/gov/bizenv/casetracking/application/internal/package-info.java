/** Stateless EJB implementations of the application services; transactions and roles are declared here. */
package cn.gov.bizenv.casetracking.application.internal;
