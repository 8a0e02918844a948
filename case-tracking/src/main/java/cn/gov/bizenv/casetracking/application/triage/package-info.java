/**
 * Routing suggestions learned from history: the suggestions an officer sees at intake and dispatch,
 * and the administrator's training examples, model and default units.
 */
package cn.gov.bizenv.casetracking.application.triage;
