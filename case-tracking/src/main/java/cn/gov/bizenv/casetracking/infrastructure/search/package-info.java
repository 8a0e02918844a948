/**
 * The case search index: Lucene under {@code PORTAL_DATA_DIR}, fed in order from the outbox that
 * each case transaction writes, rebuilt from the database when missing, stale or corrupt.
 */
package cn.gov.bizenv.casetracking.infrastructure.search;
