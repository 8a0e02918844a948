/**
 * Each module's Flyway migrations: its schema, migrations written in Java and PostgreSQL's own
 * scripts.
 */
package cn.gov.bizenv.casetracking.platform.schema;
