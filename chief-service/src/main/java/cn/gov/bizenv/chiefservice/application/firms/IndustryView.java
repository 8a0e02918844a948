package cn.gov.bizenv.chiefservice.application.firms;

/** An industry of the national classification, for choice lists and lists of firms. */
public record IndustryView(String code, String name) {}
