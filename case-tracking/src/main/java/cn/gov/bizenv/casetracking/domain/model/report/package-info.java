/**
 * Report figures over cases: their one definition each, and the aggregate queries that count them.
 */
package cn.gov.bizenv.casetracking.domain.model.report;
