/**
 * The case-tracking domain: entities, value objects and repository interfaces, free of any
 * framework service.
 */
package cn.gov.bizenv.casetracking.domain;
