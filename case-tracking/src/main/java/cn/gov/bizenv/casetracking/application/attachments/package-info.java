/** Files attached to cases and to other modules' records, under one set of limits. */
package cn.gov.bizenv.casetracking.application.attachments;
