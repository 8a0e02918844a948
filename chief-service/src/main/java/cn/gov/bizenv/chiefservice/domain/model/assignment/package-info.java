/** Which chief service officer serves which firm, and the history of changes with their reasons. */
package cn.gov.bizenv.chiefservice.domain.model.assignment;
