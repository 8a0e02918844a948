/** The EJBs behind triage's interfaces, the model every server shares and its schedule. */
package cn.gov.bizenv.casetracking.application.triage.internal;
