/** The assignment and import EJBs and the handover of a firm to another officer. */
package cn.gov.bizenv.chiefservice.application.assignments.internal;
