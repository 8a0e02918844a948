/** The coverage and reach EJBs. */
package cn.gov.bizenv.chiefservice.application.coverage.internal;
