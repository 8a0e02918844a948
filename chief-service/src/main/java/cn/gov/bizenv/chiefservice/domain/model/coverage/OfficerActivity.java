package cn.gov.bizenv.chiefservice.domain.model.coverage;

/** One officer's work in a period (see {@link CoverageFigures#perOfficer}). */
public record OfficerActivity(
    long officerId,
    long firms,
    long firmsVisited,
    long visitsHeld,
    long visitsNotHeld,
    long problemsRaised) {}
