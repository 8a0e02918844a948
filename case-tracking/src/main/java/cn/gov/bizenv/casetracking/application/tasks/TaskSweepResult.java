package cn.gov.bizenv.casetracking.application.tasks;

/** What a task sweep did: open tasks it looked at and steps it raised itself. */
public record TaskSweepResult(int tasksChecked, int stepsRaised) {}
