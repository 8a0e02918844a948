/** The attempt limits' implementation. */
package cn.gov.bizenv.casetracking.application.attempts.internal;
