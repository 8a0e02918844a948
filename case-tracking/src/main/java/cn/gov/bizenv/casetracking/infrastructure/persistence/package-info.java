/** JPA implementations of the case-tracking repositories. */
package cn.gov.bizenv.casetracking.infrastructure.persistence;
