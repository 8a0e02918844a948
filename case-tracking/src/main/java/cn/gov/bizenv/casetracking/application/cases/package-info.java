/**
 * Recording, handling and reading cases: intake through the one door, the lifecycle actions, lists,
 * details with their timeline, and the live status other modules look up.
 */
package cn.gov.bizenv.casetracking.application.cases;
