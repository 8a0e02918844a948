/** The attachment EJBs and the keeper that checks and stores files. */
package cn.gov.bizenv.casetracking.application.attachments.internal;
