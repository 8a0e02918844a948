/** The firm register's and the credit-code check's EJBs. */
package cn.gov.bizenv.chiefservice.application.firms.internal;
