/** The stateless EJBs behind the task interfaces, where roles and transactions are declared. */
package cn.gov.bizenv.casetracking.application.tasks.internal;
