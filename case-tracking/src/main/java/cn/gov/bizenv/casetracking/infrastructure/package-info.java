/** How case tracking meets the platform: persistence, schema, start-up data. */
package cn.gov.bizenv.casetracking.infrastructure;
