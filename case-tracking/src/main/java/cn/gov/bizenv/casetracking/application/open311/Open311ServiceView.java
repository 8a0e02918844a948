package cn.gov.bizenv.casetracking.application.open311;

/** A GeoReport service: one of our active third-level categories, grouped by its top level. */
public record Open311ServiceView(
    String serviceCode, String serviceName, String description, String group) {}
