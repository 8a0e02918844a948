/** A chief service officer's home page: their firms, planned visits and what is overdue. */
package cn.gov.bizenv.chiefservice.application.workbench;
