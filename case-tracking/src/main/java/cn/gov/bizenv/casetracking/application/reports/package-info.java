/**
 * Supervision reports for leaders: the dashboard's figures, the ranking of units and the
 * supervision bulletin (督查通报).
 */
package cn.gov.bizenv.casetracking.application.reports;
