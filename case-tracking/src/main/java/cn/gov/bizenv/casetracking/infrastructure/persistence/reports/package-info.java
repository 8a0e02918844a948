/**
 * The report figures read from the database: what each figure counts ({@link FigureDefinitions}),
 * and the counts, breakdowns, unit measures and drill-down lists that all use those definitions.
 */
package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;
