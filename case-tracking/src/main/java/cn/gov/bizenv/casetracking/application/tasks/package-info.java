/**
 * The supervision task use cases (督查事项台账): the office creates, assigns and accepts tasks, leads
 * report on their own, leaders read the ledger; interfaces and the records they exchange.
 */
package cn.gov.bizenv.casetracking.application.tasks;
