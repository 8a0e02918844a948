/** The sweep's schedule, its EJB and the recorder that raises each step once. */
package cn.gov.bizenv.casetracking.application.supervision.internal;
