package cn.gov.bizenv.casetracking.application.directory;

/** A county or district the writer can choose. */
public record DistrictChoice(long id, String name) {}
