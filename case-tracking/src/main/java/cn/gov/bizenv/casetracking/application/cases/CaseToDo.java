package cn.gov.bizenv.casetracking.application.cases;

/**
 * The counts a unit lives by, each the total of the case list it links to: 待签收, 办理中, 即将超期, 已超期 and
 * 被催办/督办 (see {@link cn.gov.bizenv.casetracking.domain.model.casefile.CaseAlert}).
 */
public record CaseToDo(
    long awaitingSignOff, long inProgress, long dueSoon, long overdue, long pressed) {}
