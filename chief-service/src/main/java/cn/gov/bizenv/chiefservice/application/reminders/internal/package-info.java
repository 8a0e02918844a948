/** The sweep's schedule, its EJB and the recorder that raises each reminder once. */
package cn.gov.bizenv.chiefservice.application.reminders.internal;
