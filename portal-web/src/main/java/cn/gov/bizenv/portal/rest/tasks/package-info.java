/** The JSON API of supervision tasks: the ledger, tasks, milestones, progress reports. */
package cn.gov.bizenv.portal.rest.tasks;
