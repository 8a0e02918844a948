package cn.gov.bizenv.casetracking.application.cases;

/** A recorded case as another record refers to it: its id, tracking number and title. */
public record CaseReference(long id, String trackingNumber, String title) {}
