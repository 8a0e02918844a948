package cn.gov.bizenv.casetracking.application.supervision;

/** What a supervision sweep did: cases on the clock it looked at, and steps it raised itself. */
public record SweepResult(int casesChecked, int stepsRaised) {}
