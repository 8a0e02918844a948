package cn.gov.bizenv.chiefservice.domain.model.coverage;

/** Firms due in a period and, of those, visited (see {@link CoverageFigures}). */
public record FirmsCovered(long due, long visited) {}
