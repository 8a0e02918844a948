/** The supervision task pages: the ledger (台账) and a task's detail with its actions. */
package cn.gov.bizenv.portal.web.tasks;
