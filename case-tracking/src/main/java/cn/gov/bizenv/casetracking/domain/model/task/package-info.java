/**
 * Supervision tasks (督查事项): the leading group's decisions, the action plan's tasks and the problems
 * to rectify, with their milestones, progress reports, status machine and reporting calendar.
 */
package cn.gov.bizenv.casetracking.domain.model.task;
