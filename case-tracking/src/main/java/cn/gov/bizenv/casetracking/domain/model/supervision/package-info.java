/** Supervision: warnings and the ladder 催办 → 督办单 → 通报 → 问责 raised on overdue cases. */
package cn.gov.bizenv.casetracking.domain.model.supervision;
