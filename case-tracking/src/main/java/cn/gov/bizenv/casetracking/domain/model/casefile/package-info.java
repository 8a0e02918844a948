/** Cases, their channels, statuses and immutable timelines. */
package cn.gov.bizenv.casetracking.domain.model.casefile;
