package cn.gov.bizenv.chiefservice.application.workbench;

/** The counts at the top of an officer's home page. */
public record WorkbenchFigures(
    long firms, long overdueFirms, long plannedVisits, long deliveriesToDo) {}
