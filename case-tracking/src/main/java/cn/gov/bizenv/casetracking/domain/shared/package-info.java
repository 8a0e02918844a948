/** Exceptions and small value types shared by every part of case tracking. */
package cn.gov.bizenv.casetracking.domain.shared;
