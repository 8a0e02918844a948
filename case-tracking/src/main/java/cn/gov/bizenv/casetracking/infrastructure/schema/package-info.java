/** The data source and the Flyway migrations that own the schema. */
package cn.gov.bizenv.casetracking.infrastructure.schema;
