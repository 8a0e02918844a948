/** Which officer serves which firm, assigned one by one or imported from Excel. */
package cn.gov.bizenv.chiefservice.application.assignments;
