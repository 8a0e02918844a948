/** The supervision ladder: the sweep that raises due steps and the overdue board. */
package cn.gov.bizenv.casetracking.application.supervision;
