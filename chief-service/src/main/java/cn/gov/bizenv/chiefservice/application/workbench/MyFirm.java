package cn.gov.bizenv.chiefservice.application.workbench;

import java.time.LocalDate;

/** One of an officer's firms on their home page: when it was visited and what is still open. */
public record MyFirm(
    long id,
    String name,
    String districtName,
    boolean keyProject,
    LocalDate lastVisitOn,
    LocalDate nextVisitDue,
    boolean overdue,
    long openProblems) {}
