/**
 * The cases' EJBs: intake, handling (the access rules, the clock, who must act next), queries and
 * the views they return.
 */
package cn.gov.bizenv.casetracking.application.cases.internal;
