/** The workbench's EJB. */
package cn.gov.bizenv.chiefservice.application.workbench.internal;
