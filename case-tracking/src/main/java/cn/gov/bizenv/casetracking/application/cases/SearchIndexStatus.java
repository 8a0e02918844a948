package cn.gov.bizenv.casetracking.application.cases;

/**
 * The state of this server's case index.
 *
 * @param ready whether it has caught up with the database once since the server started
 * @param indexedCases the cases it holds
 * @param outboxPosition the last outbox entry it applied
 * @param rebuildRequested whether a rebuild was asked for and has not finished
 */
public record SearchIndexStatus(
    boolean ready, long indexedCases, long outboxPosition, boolean rebuildRequested) {}
