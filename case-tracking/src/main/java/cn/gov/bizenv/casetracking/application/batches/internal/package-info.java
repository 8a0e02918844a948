/** The batch import's EJB and the rules that turn a workbook's rows into intake commands. */
package cn.gov.bizenv.casetracking.application.batches.internal;
