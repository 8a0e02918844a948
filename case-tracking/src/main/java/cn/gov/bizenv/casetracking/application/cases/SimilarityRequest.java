package cn.gov.bizenv.casetracking.application.cases;

/**
 * A draft to compare with the recorded cases: its title and content, and the concerned unit when
 * known (it narrows the search to its district when it is a county or district).
 */
public record SimilarityRequest(String title, String content, Long districtId) {}
